import type { Tx } from "@/lib/db/transaction";
import { providerOf } from "@/lib/db/provider";
import { entryHash } from "./audit-chain";
import type { AuditAction } from "./audit-labels";

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  bureauId?: string | null;
  before?: unknown;
  after?: unknown;
}

// Any fixed number: the PostgreSQL advisory lock that orders writers of the chain.
const CHAIN_LOCK = 7_340_214;

/**
 * The only writer of audit entries. It takes a transaction client so the entry
 * commits or rolls back together with the change it records, and links the
 * entry to the previous one (see audit-chain.ts). On PostgreSQL writers take a
 * transaction-scoped lock so two never link to the same predecessor; SQLite
 * already runs one write transaction at a time.
 */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  if (providerOf(process.env.DATABASE_URL ?? "file:") === "postgresql") {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
  }
  const previous = await tx.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content = {
    at: new Date(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    bureauId: entry.bureauId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  const prevHash = previous?.hash ?? "";
  await tx.auditEntry.create({
    data: {
      ...content,
      before: content.before === null ? undefined : (content.before as object),
      after: content.after === null ? undefined : (content.after as object),
      prevHash,
      hash: entryHash(content, prevHash),
    },
  });
}
