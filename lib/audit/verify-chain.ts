import type { Db } from "@/lib/db/client";
import { type ChainCheck, checkChain } from "./audit-chain";

/** Checks the whole audit chain in id order, a batch at a time; reports the first broken entry. */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainCheck> {
  const state = { previous: null as string | null, checked: 0, unhashed: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await db.auditEntry.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: batchSize });
    if (batch.length === 0) return { ok: true, checked: state.checked, unhashed: state.unhashed };
    const result = checkChain(batch, state);
    if (!result.ok) return result;
    afterId = batch.at(-1)!.id;
  }
}
