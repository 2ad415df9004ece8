import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createClient } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

// npm run audit:verify — checks the audit log's hash chain; exit 1 names the first broken entry.
const db = createClient(readEnv().DATABASE_URL);
const result = await verifyAuditChain(db);
await db.$disconnect();
if (result.ok) {
  console.log(`Audit chain intact: ${result.checked} entries checked${result.unhashed ? ` (${result.unhashed} written before the chain existed)` : ""}.`);
} else {
  console.error(`Audit chain broken at entry ${result.brokenAt} (${result.reason === "content" ? "its content was changed" : "it does not follow the previous entry"}); ${result.checked} entries checked.`);
  process.exit(1);
}
