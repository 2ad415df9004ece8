import "./load-env";
import { checkProductionAuditConfig } from "@/lib/audit/audit-config";

// npm run start:production's first step: the same check the server makes at start
// (instrumentation.ts), before the build, so a missing key costs seconds, not minutes.
const problems = checkProductionAuditConfig();
if (problems.length > 0) {
  console.error(`Refusing to start in production: the audit trail is not configured.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee README.md, "Audit log".`);
  process.exit(1);
}
