import { checkProductionAuditConfig } from "./audit-config";

/** A production server that cannot seal and anchor its audit log must not accept writes: it exits instead. */
export function refuseStartWithoutAuditConfig(): void {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const problems = checkProductionAuditConfig();
  if (problems.length === 0) return;
  console.error(`The portal will not start: the audit trail is not configured.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee README.md, "Audit log" (npm start makes demo keys; production brings its own).`);
  process.exit(1);
}
