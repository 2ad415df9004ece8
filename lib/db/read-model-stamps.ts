import type { Tx } from "./transaction";

// Cached read models (lib/data/read-model-cache.ts, decision 100) are served only while
// the counters they were read under are unchanged. Every audited write raises them in its
// own transaction, so a commit and its new counters become visible together, to every
// app instance on the database.

/** Raised by every write. */
export const ANY_CHANGE = "all";
/** Raised by writes that may change what any bureau shows (users, sections, areas, partners…). */
export const CITY_CHANGE = "global";
export const bureauScope = (bureauId: string) => `bureau:${bureauId}`;

// Actions whose changes stay inside the bureau named on their audit entry: its issues,
// reports and reporting dates. Every other action counts as a change to every bureau.
const bureauLocalActions = /^(progress|period|issue)\./;

/** The counters one audited write raises. */
export function scopesOf(entry: { action: string; bureauId?: string | null }): string[] {
  const local = entry.bureauId && bureauLocalActions.test(entry.action);
  return [ANY_CHANGE, local ? bureauScope(entry.bureauId!) : CITY_CHANGE];
}

/** Raises the counters of `entries` in `tx` (the caller holds the audit chain's lock, so writers queue here anyway). */
export async function raiseReadModelStamps(tx: Tx, entries: readonly { action: string; bureauId?: string | null }[]): Promise<void> {
  for (const scope of new Set(entries.flatMap(scopesOf))) {
    await tx.$executeRaw`INSERT INTO "ReadModelStamp" ("scope", "version") VALUES (${scope}, 1)
      ON CONFLICT ("scope") DO UPDATE SET "version" = "ReadModelStamp"."version" + 1`;
  }
}
