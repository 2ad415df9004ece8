import type { Db } from "@/lib/db/client";
import { entryMac, legacyEntryHash, type StoredEntry } from "./audit-chain";
import type { ChainHead } from "./checkpoint";
import type { HmacKeyring } from "./hmac-keys";
import { lockAuditChain, recordAudit } from "./record-audit";

export type ResealResult =
  | { ok: true; resealed: number; head: ChainHead }
  | { ok: false; reason: "nothing-to-reseal" | "already-sealed" | "checkpoints-exist" | "legacy-broken"; entryId?: number };

const pageSize = 500;

/** Thrown inside the transaction so that nothing sealed before the refusal stays. */
class ResealRefused extends Error {
  constructor(readonly result: Extract<ResealResult, { ok: false }>) {
    super(result.reason);
  }
}

/**
 * The one-time move of an existing log onto the keyed chain (after migration
 * 0014). Only a log with no sealed entry and no checkpoint qualifies: once the
 * keyed chain exists, an entry without a MAC is tampering, and sealing it would
 * launder it. Each entry is checked against the old SHA-256 chain before it is
 * sealed; all in one transaction holding the chain lock, recorded as `audit.reseal`.
 */
export async function resealAuditLog(db: Db, keys: HmacKeyring, checkpointsOnFile: number, actorId: string | null = null): Promise<ResealResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        await lockAuditChain(tx);
        if (!(await tx.auditEntry.findFirst({ select: { id: true } }))) return { ok: false, reason: "nothing-to-reseal" } as const;
        const sealed = await tx.auditEntry.findFirst({ where: { keyId: { not: "" } }, select: { id: true } });
        if (sealed) return { ok: false, reason: "already-sealed", entryId: sealed.id } as const;
        if (checkpointsOnFile > 0) return { ok: false, reason: "checkpoints-exist" } as const;

        let legacyPrevious: string | null = null; // null: no hashed entry yet
        let previousMac = "";
        let seq = 0;
        let afterId = 0;
        for (;;) {
          const batch: StoredEntry[] = await tx.auditEntry.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: pageSize });
          for (const entry of batch) {
            // The old rule: entries from before the hash chain (empty hash) may only come first.
            if (!(entry.hash === "" && legacyPrevious === null)) {
              if (entry.prevHash !== (legacyPrevious ?? "") || legacyEntryHash(entry, entry.prevHash) !== entry.hash) {
                throw new ResealRefused({ ok: false, reason: "legacy-broken", entryId: entry.id });
              }
              legacyPrevious = entry.hash;
            }
            seq++;
            const seal = { seq, keyId: keys.current.id, prevHash: previousMac };
            previousMac = entryMac(entry, seal, keys.current.secret);
            await tx.auditEntry.update({ where: { id: entry.id }, data: { ...seal, hash: previousMac } });
          }
          if (batch.length < pageSize) break;
          afterId = batch.at(-1)!.id;
        }
        const head = await recordAudit(
          tx,
          { actorId, action: "audit.reseal", entityType: "AuditChain", entityId: keys.current.id, after: { resealed: seq, legacyHead: legacyPrevious, keyId: keys.current.id } },
          keys,
        );
        return { ok: true, resealed: seq, head } as const;
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof ResealRefused) return error.result;
    throw error;
  }
}
