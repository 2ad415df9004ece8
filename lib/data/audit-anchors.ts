import "server-only";
import { auditConfig } from "@/lib/audit/audit-config";
import { readChainHead } from "@/lib/audit/chain-head";
import { readCheckpointFile } from "@/lib/audit/checkpoint-file";
import type { NumberedCheckpoint } from "@/lib/audit/chain-walker";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface AuditAnchors {
  head: Awaited<ReturnType<typeof readChainHead>>;
  file: { state: "not-configured" } | { state: "unreadable"; message: string } | { state: "read"; total: number; latest: NumberedCheckpoint[] };
}

/** The chain's current head and the newest checkpoints in the checkpoint file (newest first). */
export async function getAuditAnchors(actor: Actor, latest = 5): Promise<AuditAnchors> {
  if (!can(actor, "audit.read")) throw new AccessDeniedError();
  const head = await readChainHead(db);
  const file = auditConfig().checkpointFile;
  if (!file) return { head, file: { state: "not-configured" } };
  try {
    const { total, checkpoints } = await readCheckpointFile(file, latest);
    return { head, file: { state: "read", total, latest: checkpoints.reverse() } };
  } catch (error) {
    return { head, file: { state: "unreadable", message: (error as Error).message } };
  }
}

/** Every checkpoint of the configured file, for the tamper check. */
export async function configuredCheckpoints(): Promise<NumberedCheckpoint[]> {
  const file = auditConfig().checkpointFile;
  return file ? (await readCheckpointFile(file)).checkpoints : [];
}
