import type { Db } from "@/lib/db/client";
import type { AuditConfig } from "./audit-config";
import { writeCheckpoint } from "./chain-head";
import { readCheckpointFile } from "./checkpoint-file";
import { resealAuditLog } from "./reseal";

/** The reseal as the CLI and db:setup run it: reseal, then a checkpoint of the new head; one line to print. */
export async function resealWithCheckpoint(db: Db, config: AuditConfig): Promise<{ ok: boolean; message: string }> {
  const onFile = config.checkpointFile ? (await readCheckpointFile(config.checkpointFile)).total : 0;
  const result = await resealAuditLog(db, config.hmac, onFile);
  if (result.ok) {
    const checkpoint = await writeCheckpoint(result.head, "reseal", config);
    return {
      ok: true,
      message: `Audit log resealed: ${result.resealed} entries checked against the old SHA-256 chain and sealed with key "${config.hmac.current.id}" (recorded as entry ${result.head.lastId})${checkpoint ? `; checkpoint appended to ${config.checkpointFile}` : ""}.`,
    };
  }
  switch (result.reason) {
    case "nothing-to-reseal": return { ok: true, message: "Audit log: nothing to reseal (no entries)." };
    case "already-sealed": return { ok: false, message: `Refused: the log is already on the keyed chain (entry ${result.entryId} is sealed); an entry without a MAC now is tampering. Run npm run audit:verify.` };
    case "checkpoints-exist": return { ok: false, message: `Refused: ${config.checkpointFile} holds checkpoints, so this log was sealed before; entries without a MAC are tampering. Run npm run audit:verify.` };
    case "legacy-broken": return { ok: false, message: `Refused: the old SHA-256 chain is broken at entry ${result.entryId}; sealing it would hide the change. Investigate or restore a good backup first.` };
  }
}

/**
 * db:setup's step after the migrations: a log from before the keyed chain is
 * resealed once, when the HMAC key is configured; otherwise it says what to do.
 * A refusal is printed, not thrown: the portal still starts, and audit:verify names the problem.
 */
export async function resealIfNeeded(db: Db, loadConfig: () => AuditConfig): Promise<string | null> {
  if (!(await db.auditEntry.findFirst({ where: { keyId: "" }, select: { id: true } }))) return null;
  let config: AuditConfig;
  try {
    config = loadConfig();
  } catch (error) {
    return `Audit log not resealed yet: ${(error as Error).message} Then run npm run audit:reseal.`;
  }
  return (await resealWithCheckpoint(db, config)).message;
}
