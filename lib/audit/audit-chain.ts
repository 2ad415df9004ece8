import { createHash } from "node:crypto";

// Each audit entry stores a SHA-256 over its content and the previous entry's
// hash, so altering or deleting any entry breaks every link after it.

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

export function entryHash(entry: ChainedContent, prevHash: string): string {
  const content = {
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    bureauId: entry.bureauId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash,
  };
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

export type ChainCheck =
  | { ok: true; checked: number; unhashed: number }
  | { ok: false; checked: number; brokenAt: number; reason: "content" | "link" };

/**
 * Walks entries in id order. Entries written before the chain existed (empty
 * hash) may only come first; from the first hashed entry on, every entry must
 * hash to its stored value and point at its predecessor.
 */
export function checkChain(entries: Iterable<ChainedContent & { id: number; hash: string; prevHash: string }>, state = { previous: null as string | null, checked: 0, unhashed: 0 }): ChainCheck {
  for (const entry of entries) {
    state.checked++;
    if (entry.hash === "" && state.previous === null) {
      state.unhashed++;
      continue;
    }
    if (entry.prevHash !== (state.previous ?? "")) return { ok: false, checked: state.checked, brokenAt: entry.id, reason: "link" };
    if (entryHash(entry, entry.prevHash) !== entry.hash) return { ok: false, checked: state.checked, brokenAt: entry.id, reason: "content" };
    state.previous = entry.hash;
  }
  return { ok: true, checked: state.checked, unhashed: state.unhashed };
}
