import "server-only";
import { db } from "@/lib/db";
import { CITY_CHANGE } from "@/lib/db/read-model-stamps";

/**
 * The public site's cache (decision 061). Residents' reads are served from
 * memory as long as the published state is unchanged. What can change a
 * public page (a publish, an unpublish, a report of a published date being
 * reopened, returned or approved again, a city-wide change such as a bureau's
 * rename) changes the stamp below; a read that
 * finds a new stamp empties the cache. The stamp is read from the database at
 * most once per `stampIntervalMs`, so another app instance sees a change
 * within that time; this instance's own publish and unpublish empty the cache
 * at once (`forgetPublicCache`).
 */
const maxEntries = 500;
const stampIntervalMs = 1000;
/** A safety net only: a change the stamp would miss is seen within this time. */
const maxAgeMs = 10 * 60 * 1000;

interface Entry {
  /** Shared by concurrent readers of the same key: one load, not one per reader. */
  value: Promise<unknown>;
  storedAt: number;
}

interface CacheState {
  stamp: string | null;
  checkedAt: number;
  check: Promise<void> | null;
  entries: Map<string, Entry>;
}

// Next bundles the residents' route handlers and the pages whose actions publish
// separately, each with its own copy of this module: the state lives on
// globalThis so that this process's unpublish empties the cache those routes read.
const stateKey = Symbol.for("policy-portal.public-cache");
const processGlobal = globalThis as typeof globalThis & { [stateKey]?: CacheState };
const state: CacheState = (processGlobal[stateKey] ??= { stamp: null, checkedAt: 0, check: null, entries: new Map() });
const { entries } = state;

/**
 * Publications (count and newest), the newest change to a report of a published date, and the
 * counter raised by every audited city-wide write (decision 100: bureaus, sections, areas…), whose
 * names the public pages show. Those writes are administrative and rare, so emptying the cache on
 * each costs little.
 */
export async function readPublicStamp(): Promise<string> {
  const [publications, reports, cityChanges] = await Promise.all([
    db.publication.aggregate({ _count: { _all: true }, _max: { publishedAt: true } }),
    db.progressReport.aggregate({ where: { period: { publication: { isNot: null } } }, _max: { updatedAt: true } }),
    db.readModelStamp.findUnique({ where: { scope: CITY_CHANGE }, select: { version: true } }),
  ]);
  return [publications._count._all, publications._max.publishedAt?.getTime() ?? 0, reports._max.updatedAt?.getTime() ?? 0, cityChanges?.version ?? 0].join(":");
}

/** Empties the cache now (after this instance published or unpublished). */
export function forgetPublicCache() {
  entries.clear();
  state.stamp = null;
  state.checkedAt = 0;
}

async function checkStamp() {
  if (Date.now() - state.checkedAt < stampIntervalMs) return;
  // One check at a time: concurrent readers wait for the same one.
  state.check ??= readPublicStamp()
    .then((stamp) => {
      if (stamp !== state.stamp) {
        entries.clear();
        state.stamp = stamp;
      }
      state.checkedAt = Date.now();
    })
    .finally(() => {
      state.check = null;
    });
  await state.check;
}

/**
 * `load()`'s value for `key`, from memory while the published state is the
 * one it was loaded under. Keys are built by this module's callers from
 * validated input only; the map is bounded, oldest entry out first. A failed
 * load is not kept.
 */
export async function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  await checkStamp();
  const hit = entries.get(key);
  if (hit && Date.now() - hit.storedAt < maxAgeMs) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { value, storedAt: Date.now() });
  if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
