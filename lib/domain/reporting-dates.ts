import { parsePlainDate, toPlainDate } from "./dates";

/**
 * Bureaus report ⑤ twice a year, as of the end of May and of November
 * (令和７年５月末時点, 令和６年11月末時点). The next usual date after `latest`
 * (or after `today` when there is no period yet).
 */
export function nextUsualAsOfDate(latest: string | null, today: string): string {
  const after = parsePlainDate(latest ?? today);
  const year = after.getUTCFullYear();
  const candidates = [`${year}-05-31`, `${year}-11-30`, `${year + 1}-05-31`];
  const next = candidates.find((c) => (latest === null ? c >= toPlainDate(after) : c > toPlainDate(after)));
  return next ?? `${year + 1}-05-31`;
}

/** A deadline proposal: two weeks after the as-of date. */
export function proposedDeadline(asOfDate: string): string {
  const date = parsePlainDate(asOfDate);
  date.setUTCDate(date.getUTCDate() + 14);
  return toPlainDate(date);
}
