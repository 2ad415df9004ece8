// Runs once when the server starts. Production refuses to run without the audit
// trail's keys and checkpoint file (lib/audit/audit-config.ts): a portal that
// cannot seal and anchor its audit log must not accept writes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkProductionAuditConfig } = await import("./lib/audit/audit-config");
  const problems = checkProductionAuditConfig();
  if (problems.length > 0) {
    console.error(`The portal will not start: the audit trail is not configured.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee README.md, "Audit log" (npm start makes demo keys; production brings its own).`);
    process.exit(1);
  }
}
