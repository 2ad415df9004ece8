import "./load-env";
import { auditConfig } from "@/lib/audit/audit-config";
import { resealWithCheckpoint } from "@/lib/audit/reseal-command";
import { createClient } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

// npm run audit:reseal — once, when upgrading to the keyed chain (migration 0014;
// db:setup runs it itself when the key is configured). Stop the portal first.
let config;
try {
  config = auditConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const db = createClient(readEnv().DATABASE_URL);
const result = await resealWithCheckpoint(db, config);
await db.$disconnect();
console[result.ok ? "log" : "error"](result.message);
if (!result.ok) process.exit(1);
