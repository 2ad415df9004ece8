import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse-document";
import { parseWarekiDate } from "@/lib/domain/dates";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";

// Issue 19, finding 3: a single line "局区X方針<a" + N spaces + "a" took 35 s at
// N = 120,000 while the server waited. Every pattern the parser applies to a
// line must be linear: long adversarial lines parse within a small time bound.
const heads = ["局区X方針<a", "局区Ｘ方針〈", "① a", "⑤", "（1）a", "(12) ", "課題Ａ（１）", "１．組織の使命", "1", "2 ", "政策局-", "a", "令和6年", "　"];
const runs = [" ", "\u3000", "\t", " a", "a ", "局-1", "１"];
const tails = ["a", "〉", "x", "", "。", "-1"];

function timed(parse: () => unknown): number {
  const started = performance.now();
  parse();
  return performance.now() - started;
}

describe("document parsing cost on adversarial lines", () => {
  it("parses one long line of each reported shape in linear time", () => {
    for (const head of heads) {
      const line = `${head}${" ".repeat(120_000)}a`;
      expect(timed(() => parseDocument(line)), head).toBeLessThan(1_000);
      expect(timed(() => normalizeWrappedText(line)), head).toBeLessThan(1_000);
    }
  });

  it("any head, repeated run and tail parses within the bound", () => {
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.constantFrom(...runs), fc.integer({ min: 10_000, max: 60_000 }), fc.constantFrom(...tails), (head, run, count, tail) => {
        const line = `${head}${run.repeat(count)}${tail}`;
        const text = `${line}\n${line}`;
        expect(timed(() => parseDocument(text))).toBeLessThan(1_000);
        expect(timed(() => normalizeWrappedText(text))).toBeLessThan(1_000);
        expect(timed(() => parseWarekiDate(text))).toBeLessThan(1_000);
      }),
      { numRuns: 60 },
    );
  });
});
