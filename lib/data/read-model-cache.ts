import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { ANY_CHANGE, bureauReportsScope, bureauScope, CITY_CHANGE } from "@/lib/db/read-model-stamps";

// Read models of the dashboards, kept in this process and served only while the database's
// counters for their scope are what they were read under (decision 100). The counters are
// read once per request, so a write committed by any instance is seen by the next request.

/**
 * What a cached read depends on: one bureau's data (and the city's shared data), or everything.
 * `reports: false`: only the bureau's structure (its issues and their definitions, its reporting
 * dates, sections), which a save or review of a progress report does not change.
 * "organisation": only what city-wide writes change (the bureaus and their documents: bureau.*
 * and document.* actions raise the `global` counter alone), for every bureau at once.
 */
export type ReadScope = { bureauId: string; reports?: false } | "city" | "organisation";

// Bounded: entries are dropped oldest first. A safety net for a write made outside the app
// (a script writing SQL without an audit entry) that the counters cannot see.
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;

interface Entry {
  stamp: string;
  at: number;
  value: Promise<unknown>;
}
const entries = new Map<string, Entry>();
let bypassed = false;

/** Every read goes to the database: for npm run bench:profile, which times the reads themselves. */
export function bypassReadModelCache() {
  bypassed = true;
}

/** Counters this request has already read, by their scope's name (the session's read brings the user's own). */
const requestStamps = cache(() => new Map<string, number>());

/**
 * Counters read with another of the request's statements (the session's, decision 105), so that
 * a cached read in these scopes needs no statement of its own. Read at the request's start, as
 * `countersOf` would have read them: a write committed before the request is seen.
 * Outside a render (an action, a route handler) React's cache keeps nothing, and this is a no-op.
 */
export function noteReadModelStamps(stamps: Readonly<Record<string, number>>) {
  const known = requestStamps();
  for (const [scope, version] of Object.entries(stamps)) known.set(scope, version);
}

/** The counters of a bureau (the city's shared ones, its structure's, its reports'), of everything ("city") or of the city's shared data ("organisation") now, read once per request. */
const countersOf = cache(async (bureauId: string): Promise<number[]> => {
  const scopes = bureauId === "city" ? [ANY_CHANGE] : bureauId === "organisation" ? [CITY_CHANGE] : [CITY_CHANGE, bureauScope(bureauId), bureauReportsScope(bureauId)];
  const known = requestStamps();
  if (scopes.every((s) => known.has(s))) return scopes.map((s) => known.get(s)!);
  const rows = await db.readModelStamp.findMany({ where: { scope: { in: scopes } }, select: { scope: true, version: true } });
  return scopes.map((s) => rows.find((row) => row.scope === s)?.version ?? 0);
});

/**
 * `load()`, or what it returned for the same `key` and `scope` while nothing in the scope has
 * been written since. `key` must name everything the result depends on besides the database
 * (ids, dates, filters). Concurrent readers of one key share one load; a failed load is not kept.
 * Results are shared between requests: callers must not mutate them.
 */
export async function cachedRead<T>(key: string, scope: ReadScope, load: () => Promise<T>): Promise<T> {
  if (bypassed) return load();
  const scopeKey = typeof scope === "string" ? scope : scope.bureauId;
  const counters = await countersOf(scopeKey);
  // A read of the structure only leaves out the reports' counter, the last.
  const stamp = (typeof scope !== "string" && scope.reports === false ? counters.slice(0, -1) : counters).join(".");
  const fullKey = `${scopeKey}|${key}`;
  const found = entries.get(fullKey);
  if (found && found.stamp === stamp && Date.now() - found.at < MAX_AGE_MS) return found.value as Promise<T>;
  const value = load();
  entries.delete(fullKey);
  entries.set(fullKey, { stamp, at: Date.now(), value });
  value.catch(() => {
    if (entries.get(fullKey)?.value === value) entries.delete(fullKey);
  });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
