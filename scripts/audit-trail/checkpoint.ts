import "./load-env";
import { auditConfig } from "@/lib/audit/audit-config";
import { checkpointCurrentHead } from "@/lib/audit/chain-head";
import { formatCheckpoint } from "@/lib/audit/checkpoint";
import { createClient } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

// npm run audit:checkpoint [-- --reason daily] — signs the chain's head and
// appends it to AUDIT_CHECKPOINT_FILE. Run it daily (cron, README) so that
// truncation is caught even on days without an export or a period close.
const reasonIndex = process.argv.indexOf("--reason");
const reason = reasonIndex > 0 ? process.argv[reasonIndex + 1] ?? "" : "daily";
if (!["daily", "manual"].includes(reason)) {
  console.error("usage: npm run audit:checkpoint [-- --reason daily|manual]");
  process.exit(2);
}
let config;
try {
  config = auditConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!config.signingKey || !config.checkpointFile) {
  console.error("AUDIT_SIGNING_KEY_FILE and AUDIT_CHECKPOINT_FILE must be set to write a checkpoint.");
  process.exit(2);
}
const db = createClient(readEnv().DATABASE_URL);
const checkpoint = await checkpointCurrentHead(db, reason, config);
await db.$disconnect();
console.log(checkpoint ? `Appended to ${config.checkpointFile}:\n${formatCheckpoint(checkpoint)}` : "The audit log is empty: nothing to anchor.");
