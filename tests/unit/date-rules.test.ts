import { describe, expect, it } from "vitest";
import {
  endOfDayInJapan, formatDateFor, formatJapanDay, isAfterJapanDay, japanDateOf, japanFileStamp, parseWarekiDate, parseWarekiMonth,
  readWarekiDate, reportingFiscalYear, toJapanIsoString,
} from "@/lib/domain/dates";
import { isPastDeadline } from "@/lib/domain/progress-rules";

// Known answers at the boundaries, with the process in UTC (vitest.config.ts sets TZ).

describe("the process runs in UTC", () => {
  it("so a rule that used the machine's zone instead of Japan's would show here", () => {
    expect(new Date(2024, 10, 30).getTimezoneOffset()).toBe(0);
  });
});

describe("an instant's day in Japan", () => {
  it("00:30 JST is the new day, though UTC still says the previous one", () => {
    const write = new Date("2026-11-24T15:30:00Z"); // 2026-11-25 00:30 JST
    expect(japanDateOf(write)).toBe("2026-11-25");
    expect(toJapanIsoString(write)).toBe("2026-11-25T00:30:00+09:00");
    expect(japanFileStamp(write)).toBe("20261125T003000");
    expect(formatJapanDay(write, "ja")).toBe("2026-11-25（令和8年11月25日）");
  });
  it("23:59:59.999 JST is still the same day; a millisecond later is the next", () => {
    expect(japanDateOf(new Date("2026-11-25T14:59:59.999Z"))).toBe("2026-11-25");
    expect(japanDateOf(new Date("2026-11-25T15:00:00.000Z"))).toBe("2026-11-26");
  });
  it("the year turns at midnight in Japan", () => {
    expect(japanDateOf(new Date("2025-12-31T15:00:00Z"))).toBe("2026-01-01");
  });
});

describe("a deadline is the end of that day in Japan", () => {
  const open = { status: "OPEN" as const, deadline: new Date("2025-06-14T00:00:00Z") };
  it("is not yet past at 23:59:59.999 JST on the day", () => {
    expect(endOfDayInJapan("2025-06-14").toISOString()).toBe("2025-06-14T14:59:59.999Z");
    expect(isPastDeadline(open, new Date("2025-06-14T14:59:59.999Z"))).toBe(false);
  });
  it("is past from 00:00 JST the next day (the finding: at 06-15 01:00 JST nothing was overdue)", () => {
    expect(isPastDeadline(open, new Date("2025-06-14T15:00:00.000Z"))).toBe(true);
    expect(isPastDeadline(open, new Date("2025-06-14T16:00:00Z"))).toBe(true);
    expect(isAfterJapanDay("2025-06-14", new Date("2025-06-14T15:00:00Z"))).toBe(true);
  });
  it("a closed period or one without a deadline is never past", () => {
    expect(isPastDeadline({ ...open, status: "CLOSED" }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
    expect(isPastDeadline({ status: "OPEN", deadline: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("dates in headings", () => {
  it("are wareki in Japanese and Western with the era in English (no Japanese left in the English UI)", () => {
    expect(formatDateFor("2025-05-31", "ja")).toBe("令和7年5月31日");
    expect(formatDateFor("2025-05-31", "en")).toBe("2025-05-31 (Reiwa 7, May 31)");
  });
});

describe("the fiscal year a reporting date reports on", () => {
  it("the 5月末 report belongs to the year just ended", () => {
    expect(reportingFiscalYear("2025-05-31")).toBe(2024);
    expect(reportingFiscalYear("2025-04-01")).toBe(2024);
    expect(reportingFiscalYear("2025-03-31")).toBe(2024);
  });
  it("from June on, to the fiscal year the date falls in", () => {
    expect(reportingFiscalYear("2025-06-01")).toBe(2025);
    expect(reportingFiscalYear("2024-11-30")).toBe(2024);
    expect(reportingFiscalYear("2026-01-31")).toBe(2025);
  });
});

describe("impossible wareki dates are refused, naming the date as written", () => {
  it("平成 ended on 平成31年4月30日", () => {
    expect(readWarekiDate("平成31年4月30日")).toEqual({ ok: true, date: "2019-04-30", written: "平成31年4月30日" });
    expect(readWarekiDate("平成31年5月1日")).toEqual({ ok: false, written: "平成31年5月1日", problem: "afterEra" });
    expect(readWarekiDate("平成32年1月1日")).toMatchObject({ ok: false, problem: "afterEra" });
  });
  it("令和 began on 令和元年5月1日", () => {
    expect(readWarekiDate("令和1年4月1日")).toEqual({ ok: false, written: "令和1年4月1日", problem: "beforeEra" });
    expect(readWarekiDate("令和元年4月30日")).toMatchObject({ ok: false, problem: "beforeEra" });
    expect(readWarekiDate("令和1年5月1日")).toMatchObject({ ok: true, date: "2019-05-01" });
    expect(readWarekiDate("令和元年5月1日")).toMatchObject({ ok: true, date: "2019-05-01" });
  });
  it("no era has a year 0", () => {
    expect(readWarekiDate("令和0年5月1日")).toEqual({ ok: false, written: "令和0年5月1日", problem: "eraYearZero" });
    expect(readWarekiDate("（令和０年 ５月 １日時点）")).toEqual({ ok: false, written: "令和０年５月１日", problem: "eraYearZero" });
  });
  it("nor a 30 February or a 13th month", () => {
    expect(readWarekiDate("令和6年2月30日")).toMatchObject({ ok: false, written: "令和6年2月30日", problem: "notACalendarDate" });
    expect(readWarekiDate("令和6年13月1日")).toMatchObject({ ok: false, problem: "notACalendarDate" });
    expect(readWarekiDate("令和6年2月29日")).toMatchObject({ ok: true, date: "2024-02-29" });
  });
  it("parseWarekiDate and parseWarekiMonth give nothing for them", () => {
    for (const text of ["平成31年5月1日", "令和1年4月1日", "令和0年5月1日"]) expect(parseWarekiDate(text)).toBeNull();
    expect(parseWarekiMonth("平成31年5月")).toBeNull();
    expect(parseWarekiMonth("令和元年4月")).toBeNull();
    expect(parseWarekiMonth("令和0年8月")).toBeNull();
    expect(parseWarekiMonth("平成31年4月")).toEqual({ year: 2019, month: 4 });
    expect(parseWarekiMonth("令和元年5月")).toEqual({ year: 2019, month: 5 });
  });
  it("a text without a date is not a refusal", () => {
    expect(readWarekiDate("日付なし")).toBeNull();
  });
});

describe("one fiscal-year rule for reporting dates, periods and imports alike", () => {
  it("a fiscal year's document takes the dates from June of that year to May of the next", () => {
    const datesOf = (fiscalYear: number) => ["2024-04-30", "2024-05-31", "2024-06-01", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-01"].filter((d) => reportingFiscalYear(d) === fiscalYear);
    expect(datesOf(2024)).toEqual(["2024-06-01", "2025-03-31", "2025-04-30", "2025-05-31"]);
    expect(datesOf(2025)).toEqual(["2025-06-01"]);
  });
});
