import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { parseInput } from "@/lib/commands/result";
import { importCorrectionsSchema } from "@/lib/validation/import";
import { importCorrectionsOf } from "@/lib/validation/import-form";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

const polluted = () => ({}) as Record<string, unknown>;

describe("import form corrections (issue 19, finding 1)", () => {
  afterEach(() => {
    // Undo a pollution, should a regression cause one, so other tests still run.
    for (const key of ["secret", "polluted", "x"]) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it("never writes a posted field name onto Object.prototype", () => {
    const corrections = importCorrectionsOf(
      form([
        ["fix:__proto__:secret", "stolen"],
        ["fix:__proto__", "x"],
        ["fix:constructor:prototype", "x"],
        ["fix:A(1):__proto__", "x"],
        ["fix:prototype:polluted", "x"],
      ]),
    );
    expect(polluted().secret).toBeUndefined();
    expect(polluted().polluted).toBeUndefined();
    expect(Object.getPrototypeOf(corrections)).toBe(Object.prototype);
    expect(corrections).toEqual({ issues: {} });
  });

  it("keeps the preview's real corrections", () => {
    const corrections = importCorrectionsOf(
      form([
        ["fix:title", "局区Ｘ方針〈政策局〉"],
        ["fix:reportingDate", "2024-11-30"],
        ["fix:A(1):name", "課題名"],
        ["fix:B(5):isAffiliatedBody", "1"],
        ["fix:A(1):unknown", "dropped"],
        ["fix:Z(1):name", "dropped"],
        ["text", "not a correction"],
      ]),
    );
    expect(corrections).toEqual({ title: "局区Ｘ方針〈政策局〉", reportingDate: "2024-11-30", issues: { "A(1)": { name: "課題名" }, "B(5)": { isAffiliatedBody: "1" } } });
    expect(parseInput(importCorrectionsSchema, corrections, "ja").ok).toBe(true);
  });

  it("random field names never reach a prototype", () => {
    const name = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "A(1)", "title"));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, name, fc.string({ maxLength: 10 })), { maxLength: 20 }), (fields) => {
        const corrections = importCorrectionsOf(form(fields.map(([a, b, value]) => [`fix:${a}:${b}`, value])));
        expect(Object.getPrototypeOf(corrections)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(corrections.issues)).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
    );
  });
});
