import { insertRows } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/transaction";
import { providerOf } from "@/lib/db/provider";
import { readModelStampsRaise } from "@/lib/db/read-model-stamps";
import { type ChainedContent, entryMac } from "./audit-chain";
import { auditConfig } from "./audit-config";
import type { AuditAction } from "./audit-labels";
import type { ChainHead } from "./checkpoint";
import type { HmacKeyring } from "./hmac-keys";

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  bureauId?: string | null;
  before?: unknown;
  after?: unknown;
}

export class AuditLogNotSealedError extends Error {
  constructor() {
    super("The audit log predates the keyed chain: run npm run audit:reseal once (with the HMAC key configured) before writing.");
  }
}

// Any fixed number: the PostgreSQL advisory lock that orders writers of the chain.
const CHAIN_LOCK = 7_340_214;

const onPostgres = () => providerOf(process.env.DATABASE_URL ?? "file:") === "postgresql";

/** Makes the transaction the chain's only writer until it ends (PostgreSQL; SQLite has one writer anyway). */
export async function lockAuditChain(tx: Tx): Promise<void> {
  if (onPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
}

interface StoredHead {
  id: number;
  hash: string;
  seq: number;
  keyId: string;
}

/**
 * Takes the chain's lock, then reads its newest entry. On PostgreSQL both are one round trip: a
 * function of migration 0037 whose SELECT runs after the lock is granted, in a snapshot of its own,
 * so it sees the entry of the writer that held the lock before (decision 106).
 */
async function lockedChainHead(tx: Tx): Promise<StoredHead | null> {
  if (!onPostgres()) return tx.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true, seq: true, keyId: true } });
  const [head] = await tx.$queryRaw<StoredHead[]>`SELECT "id", "hash", "seq", "keyId" FROM "audit_chain_head_locked"(CAST(${CHAIN_LOCK} AS BIGINT))`;
  return head ?? null;
}

/**
 * The only writer of audit entries. It takes a transaction client so the entry
 * commits or rolls back together with the change it records, seals it with the
 * current HMAC key and links it to the previous entry (see audit-chain.ts).
 * Writers hold the chain lock so two never link to the same predecessor.
 * Returns the new head (for a checkpoint).
 */
export async function recordAudit(tx: Tx, entry: AuditInput, keys: HmacKeyring = auditConfig().hmac): Promise<ChainHead> {
  return recordAudits(tx, [entry], keys);
}

/**
 * Several entries, in order, under one lock: the predecessor is read once and the
 * entries are chained to each other in memory (a bulk import of thousands of users
 * would otherwise spend most of its time reading the chain's head again and again),
 * then written 500 to a statement.
 */
export async function recordAudits(tx: Tx, entries: readonly AuditInput[], keys: HmacKeyring = auditConfig().hmac): Promise<ChainHead> {
  return appendAuditEntries(
    tx,
    entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      bureauId: entry.bureauId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
    keys,
  );
}

const auditColumns = ["at", "actorId", "action", "entityType", "entityId", "bureauId", "before", "after", "seq", "keyId", "prevHash", "hash"];

/**
 * Seals and appends entries. An entry without a time gets the time of writing,
 * taken under the chain's lock so the log's order is also its time order. Only
 * the benchmark city's generator gives past times, to lay down years of history
 * through the same chain code.
 */
export async function appendAuditEntries(tx: Tx, entries: readonly (Omit<ChainedContent, "at"> & { at?: Date })[], keys: HmacKeyring = auditConfig().hmac): Promise<ChainHead> {
  // Every other writer waits while this transaction holds the chain's lock: what does not depend
  // on the chain's head (the JSON columns, the counters' statement) is made before taking it.
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const stored = entries.map((entry) => ({ before: json(entry.before ?? null), after: json(entry.after ?? null) }));
  // Every audited write is a change some cached read model must not outlive (decision 100).
  const raiseStamps = readModelStampsRaise(entries) ?? undefined;
  const previous = await lockedChainHead(tx);
  // A log from before the keyed chain is sealed once (npm run audit:reseal, run by
  // db:setup) before anything is added to it; the reseal refuses once sealed entries exist.
  if (previous && previous.keyId === "") throw new AuditLogNotSealedError();
  let head: ChainHead = { lastId: previous?.id ?? 0, count: previous?.seq ?? 0, mac: previous?.hash ?? "" };
  const now = new Date();
  const rows = entries.map((entry, index) => {
    const content = { ...entry, at: entry.at ?? now };
    const seal = { seq: head.count + 1, keyId: keys.current.id, prevHash: head.mac };
    const hash = entryMac(content, seal, keys.current.secret);
    head = { lastId: head.lastId, count: seal.seq, mac: hash };
    return [content.at, content.actorId, content.action, content.entityType, content.entityId, content.bureauId, stored[index]!.before, stored[index]!.after, seal.seq, seal.keyId, seal.prevHash, hash];
  });
  // Written under the chain's lock, so no one else's ids come between ours: the largest is the new head's.
  // The counters are raised by the same statement (PostgreSQL): one round trip fewer under the lock.
  const ids = await insertRows(tx, "AuditEntry", auditColumns, rows, { returning: "id", alongside: raiseStamps });
  return { ...head, lastId: ids.reduce<number>((last, id) => Math.max(last, Number(id)), head.lastId) };
}
