import { describe, expect, it } from "vitest";
import { isIndicatorUnit, readIndicatorInput } from "@/lib/domain/indicator-input";

describe("an indicator's actual as staff type it", () => {
  it.each([
    ["8", 8, ""],
    ["８", 8, ""],
    ["８サイト", 8, "サイト"],
    ["８ サイト", 8, "サイト"],
    ["１，２００人", 1200, "人"],
    ["1,200.5", 1200.5, ""],
    ["45.5％", 45.5, "%"],
    ["－３", -3, ""],
    ["−3", -3, ""],
    ["", null, ""],
    ["  ", null, ""],
  ])("%j → %s %j", (raw, value, unit) => {
    expect(readIndicatorInput(raw)).toEqual({ ok: true, value, unit });
  });

  it.each(["たくさん", "約8", "8から10", "1e309", "8サイト2", "--3", "."])("%j is not a number", (raw) => {
    expect(readIndicatorInput(raw)).toEqual({ ok: false });
  });

  it("a unit after the number must be the indicator's own (full-width or not)", () => {
    expect(isIndicatorUnit("サイト", "サイト")).toBe(true);
    expect(isIndicatorUnit("", "サイト")).toBe(true);
    expect(isIndicatorUnit("%", "％")).toBe(true);
    expect(isIndicatorUnit("件", "サイト")).toBe(false);
  });
});
