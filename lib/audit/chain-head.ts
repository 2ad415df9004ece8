import type { Db } from "@/lib/db/client";
import { auditConfig, type AuditConfig } from "./audit-config";
import { type ChainHead, type Checkpoint, signCheckpoint } from "./checkpoint";
import { appendCheckpoint } from "./checkpoint-file";

/** The newest entry: its id, MAC and position (= how many entries the chain holds). */
export async function readChainHead(db: Db): Promise<ChainHead | null> {
  const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true, seq: true, hash: true } });
  return last ? { lastId: last.id, count: last.seq, mac: last.hash } : null;
}

/**
 * Signs a head and appends it to the checkpoint file. Null when no signing key
 * or file is configured (development without keys); production refuses to start
 * without them (instrumentation.ts).
 */
export async function writeCheckpoint(head: ChainHead, reason: string, config: AuditConfig = auditConfig()): Promise<Checkpoint | null> {
  if (!config.signingKey || !config.checkpointFile) return null;
  const checkpoint = signCheckpoint(head, reason, config.signingKey);
  await appendCheckpoint(config.checkpointFile, checkpoint);
  return checkpoint;
}

/** A checkpoint of the chain as it stands now (daily command, period close). */
export async function checkpointCurrentHead(db: Db, reason: string, config: AuditConfig = auditConfig()): Promise<Checkpoint | null> {
  const head = await readChainHead(db);
  return head ? writeCheckpoint(head, reason, config) : null;
}

/**
 * A checkpoint after a change has committed (period close). The change stands
 * whatever happens here, so a failure to write the checkpoint is logged loudly
 * rather than reported as a failed close; the next checkpoint covers it.
 */
export async function checkpointAfterCommit(db: Db, reason: string): Promise<void> {
  try {
    await checkpointCurrentHead(db, reason);
  } catch (error) {
    console.error(`Audit checkpoint (${reason}) could not be written: ${(error as Error).message}`);
  }
}
