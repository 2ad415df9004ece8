import "./load-env";
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { loadAuditConfig } from "@/lib/audit/audit-config";
import { writeCheckpoint } from "@/lib/audit/chain-head";
import { formatHmacKey } from "@/lib/audit/hmac-keys";
import { recordAudit } from "@/lib/audit/record-audit";
import { createClient } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

// npm run audit:rotate-key [-- --id <new key id>] — with the portal stopped:
// appends a new HMAC key to AUDIT_HMAC_KEY_FILE (older keys stay: they verify
// their segments), records the rotation as the first entry of the new segment,
// and writes a checkpoint. Start the portal again afterwards.
const env = readEnv();
if (!env.AUDIT_HMAC_KEY_FILE || env.AUDIT_HMAC_KEYS) {
  console.error("Rotation appends to AUDIT_HMAC_KEY_FILE; with AUDIT_HMAC_KEYS, add the new key at the end of the list yourself.");
  process.exit(2);
}
const idIndex = process.argv.indexOf("--id");
const id = idIndex > 0 ? process.argv[idIndex + 1] ?? "" : `key-${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}`;
const before = loadAuditConfig(env);
if (before.hmac.byId.has(id)) {
  console.error(`Key id "${id}" is taken.`);
  process.exit(2);
}
appendFileSync(env.AUDIT_HMAC_KEY_FILE, `${formatHmacKey(id, randomBytes(32))}\n`);
const after = loadAuditConfig(env);
const db = createClient(env.DATABASE_URL);
const head = await db.$transaction((tx) =>
  recordAudit(tx, { actorId: null, action: "audit.keyRotate", entityType: "AuditChain", entityId: id, before: { keyId: before.hmac.current.id }, after: { keyId: id } }, after.hmac),
);
await db.$disconnect();
const checkpoint = await writeCheckpoint(head, "manual", after);
console.log(`New HMAC key "${id}" appended to ${env.AUDIT_HMAC_KEY_FILE}; entry ${head.lastId} starts its segment${checkpoint ? "; checkpoint written" : ""}. Keep the older keys in the file. Start the portal again.`);
