import { createHash, createHmac } from "node:crypto";

// Each audit entry stores an HMAC-SHA-256 over its content, its position in the
// chain and the previous entry's MAC. Without the key nobody can recompute the
// MACs after changing, removing or inserting an entry.

/** JSON with object keys sorted at every depth: PostgreSQL's JSONB does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export interface ChainedContent {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  bureauId: string | null;
  before: unknown;
  after: unknown;
}

function contentFields(entry: ChainedContent) {
  return {
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    bureauId: entry.bureauId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

/** The plain SHA-256 chain of entries written before migration 0014; only `audit:reseal` still reads it. */
export function legacyEntryHash(entry: ChainedContent, prevHash: string): string {
  return createHash("sha256").update(canonicalJson({ ...contentFields(entry), prevHash })).digest("hex");
}

export interface SealFields {
  seq: number;
  keyId: string;
  prevHash: string;
}

/** The entry's MAC: content, position, key id and link, under the key named by keyId. */
export function entryMac(entry: ChainedContent, seal: SealFields, secret: Buffer): string {
  const message = canonicalJson({ ...contentFields(entry), seq: seal.seq, keyId: seal.keyId, prevHash: seal.prevHash });
  return createHmac("sha256", secret).update(message).digest("hex");
}

export type StoredEntry = ChainedContent & SealFields & { id: number; hash: string };
