// Plain dates are stored as Date at 00:00 UTC (or "YYYY-MM-DD"); everything here
// works in UTC so results never depend on the machine's time zone.

export type DateInput = Date | string;

const plainDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toPlainDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parsePlainDate(text: string): Date {
  const match = plainDatePattern.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || toPlainDate(date) !== text) throw new Error(`Not a calendar date (YYYY-MM-DD): "${text}"`);
  return date;
}

const asDate = (input: DateInput) => (typeof input === "string" ? parsePlainDate(input) : input);

/** Eras from newest to oldest, with the first and last day of each. */
const eras = [
  { name: "令和", romaji: "Reiwa", start: Date.UTC(2019, 4, 1), end: null, firstYear: 2019 },
  { name: "平成", romaji: "Heisei", start: Date.UTC(1989, 0, 8), end: Date.UTC(2019, 3, 30), firstYear: 1989 },
] as const;
export type EraName = (typeof eras)[number]["name"];

function eraOf(date: Date) {
  const era = eras.find((e) => date.getTime() >= e.start);
  if (!era) throw new Error(`Dates before 平成 are not supported: ${toPlainDate(date)}`);
  return { era, year: date.getUTCFullYear() - era.firstYear + 1 };
}

const eraYear = (year: number) => (year === 1 ? "元" : String(year));

/** 2024-11-30 → "令和6年11月30日"; 2019-05-01 → "令和元年5月1日". */
export function formatWareki(input: DateInput): string {
  const date = asDate(input);
  const { era, year } = eraOf(date);
  return `${era.name}${eraYear(year)}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Both forms in either language: "2024-11-30（令和6年11月30日）" / "2024-11-30 (Reiwa 6, Nov 30)". */
export function formatDateBoth(input: DateInput, locale: "ja" | "en"): string {
  const date = asDate(input);
  if (locale === "ja") return `${toPlainDate(date)}（${formatWareki(date)}）`;
  const { era, year } = eraOf(date);
  return `${toPlainDate(date)} (${era.romaji} ${year}, ${monthNames[date.getUTCMonth()]} ${date.getUTCDate()})`;
}

/** A date as a heading gives it: 令和7年5月31日 in Japanese, "2025-05-31 (Reiwa 7, May 31)" in English. */
export function formatDateFor(input: DateInput, locale: "ja" | "en"): string {
  return locale === "ja" ? formatWareki(input) : formatDateBoth(input, "en");
}

/** The fiscal year (April–March) a date falls in, named by its starting Western year. */
export function fiscalYearOf(input: DateInput): number {
  const date = asDate(input);
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

// By convention a fiscal year takes the era of its April: FY2019 is 令和元年度
// (though April 2019 was still 平成), FY2018 is 平成30年度.
function fiscalEra(fiscalYear: number) {
  const era = fiscalYear >= 2019 ? eras[0] : eras[1];
  return { era, year: fiscalYear - era.firstYear + 1 };
}

/** ja "令和6年度", en "FY2024". */
export function formatFiscalYear(fiscalYear: number, locale: "ja" | "en"): string {
  if (locale === "en") return `FY${fiscalYear}`;
  const { era, year } = fiscalEra(fiscalYear);
  return `${era.name}${eraYear(year)}年度`;
}

/** ja "令和6年度（2024年度）", en "FY2024 (Reiwa 6)". */
export function formatFiscalYearBoth(fiscalYear: number, locale: "ja" | "en"): string {
  if (locale === "ja") return `${formatFiscalYear(fiscalYear, "ja")}（${fiscalYear}年度）`;
  const { era, year } = fiscalEra(fiscalYear);
  return `FY${fiscalYear} (${era.romaji} ${year})`;
}

export function warekiYearToWestern(era: EraName, year: number): number {
  const found = eras.find((e) => e.name === era);
  if (!found) throw new Error(`Unknown era: ${era}`);
  return found.firstYear + year - 1;
}

/**
 * The fiscal year a reporting date reports on. The 5月末 report (any date in
 * April or May) is the final report of the year just ended, so it belongs to
 * the previous fiscal year's document.
 */
export function reportingFiscalYear(asOfDate: DateInput): number {
  const date = asDate(asOfDate);
  const month = date.getUTCMonth() + 1;
  return month === 4 || month === 5 ? date.getUTCFullYear() - 1 : fiscalYearOf(date);
}

/** Full-width digits to ASCII, so "令和６年" and "令和6年" read alike. */
function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const eraYearPattern = "(令和|平成)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月";

/** Why a wareki date as written names no day that existed. */
export type WarekiDateProblem = "eraYearZero" | "beforeEra" | "afterEra" | "notACalendarDate";

export type WarekiReading =
  | { ok: true; date: string; written: string }
  | { ok: false; written: string; problem: WarekiDateProblem };

/**
 * Reads the first wareki date in `text` as official documents write it:
 * "令和６年11月30日", "令和６年 11月末時点" (末 = the month's last day), "令和元年5月1日".
 * A date no era had (令和0年…, 平成31年5月1日, 令和1年4月1日, 2月30日) is
 * refused with the words as written, so an import can name it. null: no date at all.
 */
export function readWarekiDate(text: string): WarekiReading | null {
  const match = new RegExp(`${eraYearPattern}\\s*(?:(\\d{1,2})\\s*日|(末))`).exec(toHalfWidthDigits(text));
  if (!match) return null;
  // The words as written in the source (half-width digits only change the width, not the length).
  const written = text.slice(match.index, match.index + match[0].length).replace(/\s+/g, "");
  const era = eras.find((e) => e.name === match[1])!;
  const eraYearNumber = match[2] === "元" ? 1 : Number(match[2]);
  if (eraYearNumber === 0) return { ok: false, written, problem: "eraYearZero" };
  const year = era.firstYear + eraYearNumber - 1;
  const month = Number(match[3]);
  const lastDay = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  const day = match[5] === "末" ? lastDay : Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return { ok: false, written, problem: "notACalendarDate" };
  const at = Date.UTC(year, month - 1, day);
  if (at < era.start) return { ok: false, written, problem: "beforeEra" };
  if (era.end !== null && at > era.end) return { ok: false, written, problem: "afterEra" };
  return { ok: true, date: toPlainDate(new Date(at)), written };
}

/** "令和６年８月" → { year: 2024, month: 8 }; null when there is none or no day of that month was in the era. */
export function parseWarekiMonth(text: string): { year: number; month: number } | null {
  const match = new RegExp(eraYearPattern).exec(toHalfWidthDigits(text));
  if (!match) return null;
  const era = eras.find((e) => e.name === match[1])!;
  const eraYearNumber = match[2] === "元" ? 1 : Number(match[2]);
  const year = era.firstYear + eraYearNumber - 1;
  const month = Number(match[3]);
  if (eraYearNumber === 0 || month < 1 || month > 12) return null;
  const first = Date.UTC(year, month - 1, 1);
  const last = Date.UTC(year, month, 0);
  return last < era.start || (era.end !== null && first > era.end) ? null : { year, month };
}

/** The date of `readWarekiDate`, or null when there is none or it is impossible. */
export function parseWarekiDate(text: string): string | null {
  const reading = readWarekiDate(text);
  return reading?.ok ? reading.date : null;
}

/** The last instant of a plain date in Japan (UTC+9, no daylight saving): what "as of that date" includes. */
export function endOfDayInJapan(date: string): Date {
  return new Date(parsePlainDate(date).getTime() + (24 - 9) * 60 * 60 * 1000 - 1);
}

const japanOffsetMs = 9 * 60 * 60 * 1000;

/** The calendar day in Japan on which an instant falls: 2026-11-24T15:30Z → "2026-11-25". */
export function japanDateOf(instant: Date): string {
  return toPlainDate(new Date(instant.getTime() + japanOffsetMs));
}

/** An instant in ISO form with Japan's offset: "2026-11-25T00:30:00+09:00". */
export function toJapanIsoString(instant: Date): string {
  return `${new Date(instant.getTime() + japanOffsetMs).toISOString().slice(0, 19)}+09:00`;
}

/** An instant as a file-name stamp in Japan time: "20261125T003000". */
export function japanFileStamp(instant: Date): string {
  return toJapanIsoString(instant).slice(0, 19).replace(/[-:]/g, "");
}

/** A deadline day is over once that day has ended in Japan (not 24 h after midnight UTC). */
export function isAfterJapanDay(date: DateInput, now: Date): boolean {
  const day = typeof date === "string" ? date : toPlainDate(date);
  return now.getTime() > endOfDayInJapan(day).getTime();
}

const japanDateTime = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** An instant as Japan's wall-clock time: "2026/11/25 13:04:02". */
export function formatJapanTime(instant: Date | string): string {
  return japanDateTime.format(typeof instant === "string" ? new Date(instant) : instant);
}

/** An instant's day in Japan in both forms: "2026-11-25（令和8年11月25日）". */
export function formatJapanDay(instant: Date, locale: "ja" | "en"): string {
  return formatDateBoth(japanDateOf(instant), locale);
}

/** An ISO instant (with offset) as HTTP's Last-Modified wants it (RFC 9110 IMF-fixdate, GMT). */
export function toHttpDate(iso: string): string {
  return new Date(iso).toUTCString();
}
