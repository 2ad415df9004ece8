import "server-only";
import { db } from "@/lib/db";

/**
 * The public site's cache (decision 061). Residents' reads are served from
 * memory as long as the published state is unchanged; what can change a
 * public page (a publish, an unpublish, a report of a published date being
 * reopened, returned or approved again) changes the stamp below, and the
 * first read after it finds every entry stale. The stamp is read from the
 * database on every request, so an unpublish on one app instance is seen by
 * every instance at its next read.
 */
const maxEntries = 500;
/** A safety net only: a change the stamp would miss is seen within this time. */
const maxAgeMs = 10 * 60 * 1000;

interface Entry {
  value: unknown;
  storedAt: number;
}

let cachedStamp: string | null = null;
const entries = new Map<string, Entry>();

/** Publications (count and newest) and the newest change to a report of a published date. */
export async function readPublicStamp(): Promise<string> {
  const [publications, reports] = await Promise.all([
    db.publication.aggregate({ _count: { _all: true }, _max: { publishedAt: true } }),
    db.progressReport.aggregate({ where: { period: { publication: { isNot: null } } }, _max: { updatedAt: true } }),
  ]);
  return [publications._count._all, publications._max.publishedAt?.getTime() ?? 0, reports._max.updatedAt?.getTime() ?? 0].join(":");
}

/**
 * `load()`'s value for `key`, from memory while the published state is the
 * one it was loaded under. Keys are built by this module's callers from
 * validated input only; the map is bounded, oldest entry out first.
 */
export async function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const stamp = await readPublicStamp();
  if (stamp !== cachedStamp) {
    entries.clear();
    cachedStamp = stamp;
  }
  const hit = entries.get(key);
  if (hit && Date.now() - hit.storedAt < maxAgeMs) return hit.value as T;
  const value = await load();
  // Another read may have seen a newer stamp meanwhile: keep nothing loaded under an old one.
  if (cachedStamp !== stamp) return value;
  entries.delete(key);
  entries.set(key, { value, storedAt: Date.now() });
  if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  return value;
}
