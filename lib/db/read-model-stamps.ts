import { Prisma } from "@/generated/prisma/sqlite/client";
import type { Tx } from "./transaction";

// Cached read models (lib/data/read-model-cache.ts, decision 100) are served only while
// the counters they were read under are unchanged. Every audited write raises them in its
// own transaction, so a commit and its new counters become visible together, to every
// app instance on the database.

/** Raised by every write. */
export const ANY_CHANGE = "all";
/** Raised by writes that may change what any bureau shows (users, sections, areas, partners…). */
export const CITY_CHANGE = "global";
/** Raised by writes to a bureau's structure: its issues and their definitions, its reporting dates. */
export const bureauScope = (bureauId: string) => `bureau:${bureauId}`;
/** Raised by writes to a bureau's progress reports (⑤, actuals, milestones done, their workflow). */
export const bureauReportsScope = (bureauId: string) => `reports:${bureauId}`;

// Actions whose changes stay inside the bureau named on their audit entry: its reports, and
// its issues and reporting dates. Every other action counts as a change to every bureau.
const bureauReportActions = /^progress\./;
const bureauStructureActions = /^(period|issue)\./;

/** The counters one audited write raises. */
export function scopesOf(entry: { action: string; bureauId?: string | null }): string[] {
  const { action, bureauId } = entry;
  if (bureauId && bureauReportActions.test(action)) return [ANY_CHANGE, bureauReportsScope(bureauId)];
  if (bureauId && bureauStructureActions.test(action)) return [ANY_CHANGE, bureauScope(bureauId)];
  return [ANY_CHANGE, CITY_CHANGE];
}

/**
 * The statement that raises the counters of `entries` (null when none): one statement, because the
 * audit chain's writer sends it while holding the chain's lock (it rides the entry's INSERT there).
 * A scope appears once (a row cannot be upserted twice in a statement).
 */
export function readModelStampsRaise(entries: readonly { action: string; bureauId?: string | null }[]): Prisma.Sql | null {
  const scopes = [...new Set(entries.flatMap(scopesOf))];
  if (scopes.length === 0) return null;
  return Prisma.sql`INSERT INTO "ReadModelStamp" ("scope", "version") VALUES ${Prisma.join(scopes.map((scope) => Prisma.sql`(${scope}, 1)`))}
    ON CONFLICT ("scope") DO UPDATE SET "version" = "ReadModelStamp"."version" + 1`;
}

/** Raises the counters of `entries` in `tx` (or on the client). */
export async function raiseReadModelStamps(tx: Pick<Tx, "$executeRaw">, entries: readonly { action: string; bureauId?: string | null }[]): Promise<void> {
  const raise = readModelStampsRaise(entries);
  if (raise) await tx.$executeRaw(raise);
}
