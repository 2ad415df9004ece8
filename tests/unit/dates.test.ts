import { describe, expect, it } from "vitest";
import {
  fiscalYearOf, fiscalYearRange, formatDateBoth, formatFiscalYear, formatFiscalYearBoth, formatWareki,
  parsePlainDate, parseWarekiDate, parseWarekiMonth, toPlainDate, warekiYearToWestern,
} from "@/lib/domain/dates";

describe("plain dates", () => {
  it("round-trip YYYY-MM-DD at UTC midnight", () => {
    expect(parsePlainDate("2024-11-30").toISOString()).toBe("2024-11-30T00:00:00.000Z");
    expect(toPlainDate(new Date("2024-11-30T00:00:00Z"))).toBe("2024-11-30");
  });
  it("refuse anything that is not a calendar date", () => {
    for (const bad of ["2024-02-30", "2023-02-29", "2024-13-01", "2024/11/30", "", "2024-1-5"]) {
      expect(() => parsePlainDate(bad)).toThrow(/calendar date/);
    }
    expect(parsePlainDate("2024-02-29").getUTCDate()).toBe(29);
  });
});

describe("wareki", () => {
  it("formats Reiwa, its first year and Heisei", () => {
    expect(formatWareki("2024-11-30")).toBe("令和6年11月30日");
    expect(formatWareki("2019-05-01")).toBe("令和元年5月1日");
    expect(formatWareki("2019-04-30")).toBe("平成31年4月30日");
    expect(formatWareki(new Date(Date.UTC(2020, 0, 1)))).toBe("令和2年1月1日");
  });
  it("shows both forms in both languages", () => {
    expect(formatDateBoth("2024-11-30", "ja")).toBe("2024-11-30（令和6年11月30日）");
    expect(formatDateBoth("2024-11-30", "en")).toBe("2024-11-30 (Reiwa 6, Nov 30)");
  });
  it("converts era years", () => {
    expect(warekiYearToWestern("令和", 6)).toBe(2024);
    expect(warekiYearToWestern("令和", 1)).toBe(2019);
    expect(warekiYearToWestern("平成", 17)).toBe(2005);
  });
  it("reads dates as documents write them", () => {
    expect(parseWarekiDate("令和６年11月30日")).toBe("2024-11-30");
    expect(parseWarekiDate("取組結果（令和６年 11月末時点）")).toBe("2024-11-30");
    expect(parseWarekiDate("令和６年 10月 16日の国家戦略特別区域会議")).toBe("2024-10-16");
    expect(parseWarekiDate("令和元年5月1日")).toBe("2019-05-01");
    expect(parseWarekiDate("令和10年2月末")).toBe("2028-02-29");
    expect(parseWarekiDate("令和9年2月末")).toBe("2027-02-28");
    expect(parseWarekiDate("令和６年2月30日")).toBeNull();
    expect(parseWarekiDate("日付なし")).toBeNull();
  });
  it("reads months", () => {
    expect(parseWarekiMonth("令和６年８月に導入")).toEqual({ year: 2024, month: 8 });
    expect(parseWarekiMonth("令和６年13月")).toBeNull();
    expect(parseWarekiMonth("８月")).toBeNull();
  });
});

describe("fiscal years (April–March)", () => {
  it("places the boundary between March 31 and April 1", () => {
    expect(fiscalYearOf("2025-03-31")).toBe(2024);
    expect(fiscalYearOf("2025-04-01")).toBe(2025);
    expect(fiscalYearOf("2024-11-30")).toBe(2024);
    expect(fiscalYearRange(2024)).toEqual({ start: "2024-04-01", end: "2025-03-31" });
  });
  it("names fiscal years in both languages", () => {
    expect(formatFiscalYear(2024, "ja")).toBe("令和6年度");
    expect(formatFiscalYear(2024, "en")).toBe("FY2024");
    expect(formatFiscalYear(2019, "ja")).toBe("令和元年度");
    expect(formatFiscalYear(2018, "ja")).toBe("平成30年度");
    expect(formatFiscalYearBoth(2024, "ja")).toBe("令和6年度（2024年度）");
    expect(formatFiscalYearBoth(2024, "en")).toBe("FY2024 (Reiwa 6)");
  });
});
