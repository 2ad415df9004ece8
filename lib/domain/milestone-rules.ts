import { fiscalYearOf, fiscalYearRange, formatFiscalYear, formatWareki, parsePlainDate, toPlainDate } from "./dates";

export type MilestoneState = "DONE" | "PLANNED" | "LATE";

/** How precisely the document dates a milestone (its words: 「10月16日」「来年３月」「12月中旬頃」「令和６年度」). */
export type DatePrecision = "DAY" | "MONTH" | "EARLY_MONTH" | "MID_MONTH" | "LATE_MONTH" | "FISCAL_YEAR";
export const datePrecisions = ["DAY", "MONTH", "EARLY_MONTH", "MID_MONTH", "LATE_MONTH", "FISCAL_YEAR"] as const satisfies readonly DatePrecision[];

/** When a milestone is planned, as precisely as the document says it. */
export interface MilestoneDue {
  precision: DatePrecision;
  /** "YYYY-MM-DD": the day (DAY) or any day of the month (month precisions); null for FISCAL_YEAR. */
  plannedDate: string | null;
  plannedFiscalYear: number | null;
  /** 「…以降」: the date is when the work starts, not a deadline. */
  plannedFrom: boolean;
}

function lastDayOfMonth(date: string): string {
  const d = parsePlainDate(date);
  return toPlainDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

const dayOfMonth = (date: string, day: number) => `${date.slice(0, 8)}${String(day).padStart(2, "0")}`;

/**
 * The last day on which a milestone is still on time: the day itself; the end
 * of its month (上旬 the 10th, 中旬 the 20th, 下旬 the month's end); the last day
 * of its fiscal year (31 March). None for 「…以降」 (a start, not a deadline) or
 * when no date is given.
 */
export function dueDate(due: MilestoneDue): string | null {
  if (due.plannedFrom) return null;
  if (due.precision === "FISCAL_YEAR" || due.plannedDate === null) {
    return due.plannedFiscalYear === null ? null : fiscalYearRange(due.plannedFiscalYear).end;
  }
  switch (due.precision) {
    case "DAY":
      return due.plannedDate;
    case "EARLY_MONTH":
      return dayOfMonth(due.plannedDate, 10);
    case "MID_MONTH":
      return dayOfMonth(due.plannedDate, 20);
    case "MONTH":
    case "LATE_MONTH":
      return lastDayOfMonth(due.plannedDate);
  }
}

/**
 * A milestone as of a reporting date: done when its done date is on or before
 * that date, late when its due day has passed by then, planned otherwise.
 * `doneDate` is "YYYY-MM-DD" or null, whatever records it.
 */
export function milestoneState(due: MilestoneDue, doneDate: string | null, reportingDate: string): MilestoneState {
  if (doneDate !== null && doneDate <= reportingDate) return "DONE";
  const last = dueDate(due);
  return last !== null && last < reportingDate ? "LATE" : "PLANNED";
}

/** The fiscal year a milestone belongs on in the timeline (null: unscheduled). */
export function timelineYear(due: MilestoneDue): number | null {
  if (due.plannedFiscalYear !== null) return due.plannedFiscalYear;
  return due.plannedDate === null ? null : fiscalYearOf(due.plannedDate);
}

const monthParts: Record<Exclude<DatePrecision, "DAY" | "FISCAL_YEAR">, { ja: string; en: string }> = {
  MONTH: { ja: "", en: "" },
  EARLY_MONTH: { ja: "上旬", en: "early " },
  MID_MONTH: { ja: "中旬", en: "mid-" },
  LATE_MONTH: { ja: "下旬", en: "late " },
};
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The planned date as precisely as it is known: 令和6年12月中旬 / mid-Dec 2024, 令和7年度以降 / FY2025 onward. */
export function formatDue(due: MilestoneDue, locale: "ja" | "en"): string | null {
  let text: string | null;
  if (due.precision === "FISCAL_YEAR" || due.plannedDate === null) {
    text = due.plannedFiscalYear === null ? null : formatFiscalYear(due.plannedFiscalYear, locale);
  } else if (due.precision === "DAY") {
    text = locale === "ja" ? formatWareki(due.plannedDate) : due.plannedDate;
  } else {
    const wareki = formatWareki(due.plannedDate);
    const d = parsePlainDate(due.plannedDate);
    const part = monthParts[due.precision];
    text = locale === "ja" ? `${wareki.slice(0, wareki.indexOf("月") + 1)}${part.ja}` : `${part.en}${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  if (text === null || !due.plannedFrom) return text;
  return locale === "ja" ? `${text}以降` : `${text} onward`;
}
