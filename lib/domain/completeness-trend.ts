import { formatDateBoth, formatDateFor } from "./dates";

// How complete each reporting date's reports are: of the issues expected to
// report, how many the authors have sent in (submitted or approved; a returned
// report is back with them) and how many are approved. Summed over the
// periods of a date, so one bureau and the whole city read alike.

export interface DateCompleteness {
  date: string;
  expected: number;
  submitted: number;
  approved: number;
}

/** One row per reporting date, oldest first: the periods of each date added up. */
export function completenessByDate(periods: readonly { asOfDate: string; expected: number; submitted: number; approved: number }[]): DateCompleteness[] {
  const byDate = new Map<string, DateCompleteness>();
  for (const period of periods) {
    const row = byDate.get(period.asOfDate) ?? { date: period.asOfDate, expected: 0, submitted: 0, approved: 0 };
    row.expected += period.expected;
    row.submitted += period.submitted;
    row.approved += period.approved;
    byDate.set(period.asOfDate, row);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A count as a share of those expected (0 when none are). */
export const shareOf = (count: number, expected: number) => (expected === 0 ? 0 : count / expected);

/** A row with its date as the table shows it (both calendars) and as the chart's axis reads it. */
export interface ShownDateCompleteness extends DateCompleteness {
  shown: string;
  axis: string;
}

/** Dates formatted on the server, so a client component draws the same text the server rendered. */
export function withShownDates(rows: readonly DateCompleteness[], locale: "ja" | "en"): ShownDateCompleteness[] {
  return rows.map((row) => ({ ...row, shown: formatDateBoth(row.date, locale), axis: formatDateFor(row.date, locale) }));
}
