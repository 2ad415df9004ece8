import type { Tx } from "@/lib/db/transaction";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  bureauId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The only writer of audit entries. It takes a transaction client so the entry
 * commits or rolls back together with the change it records.
 */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      bureauId: entry.bureauId ?? null,
      before: entry.before === undefined ? undefined : (entry.before as object),
      after: entry.after === undefined ? undefined : (entry.after as object),
    },
  });
}
