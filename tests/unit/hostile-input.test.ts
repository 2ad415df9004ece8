import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/commands/result";
import { createTranslator } from "@/lib/i18n/messages";
import { auditFilterSchema } from "@/lib/validation/audit";
import { dashboardFilterSchema } from "@/lib/validation/dashboard";
import { exportRequestSchema } from "@/lib/validation/export";
import { importDocumentSchema } from "@/lib/validation/import";
import { copyDocumentSchema, updateIssueDetailsSchema, updateIssueTextSchema } from "@/lib/validation/issues";
import { closePeriodSchema, openPeriodSchema, reopenPeriodSchema } from "@/lib/validation/periods";
import { reviewProgressSchema, saveProgressSchema, submitProgressSchema } from "@/lib/validation/progress";
import { changePasswordSchema, createUserSchema, setPasswordSchema, updateUserSchema, userIdSchema } from "@/lib/validation/users";

// Random and malicious values thrown at every input schema: none may throw;
// each is either accepted or refused with messages a person can read.
const fragments = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE \"Issue\"; --", "' OR '1'='1", "[link](javascript:alert(1))",
  "\u0000", "\u0007", "\u001B[31m", "\u202E", "𠮷野家", "ＳＤＧｓ", "-1e309", "NaN", "Infinity", "2024-02-30", "9999-99-99", "__proto__", "constructor",
];
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom(...fragments),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.integer({ min: 4000, max: 12_000 }).map((n) => "あ".repeat(n)),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(hostileString, { maxLength: 3 }), fc.object({ maxDepth: 2 }));

const schemas = {
  saveProgress: saveProgressSchema, submitProgress: submitProgressSchema, reviewProgress: reviewProgressSchema,
  openPeriod: openPeriodSchema, closePeriod: closePeriodSchema, reopenPeriod: reopenPeriodSchema,
  updateIssueText: updateIssueTextSchema, updateIssueDetails: updateIssueDetailsSchema, copyDocument: copyDocumentSchema,
  importDocument: importDocumentSchema, exportRequest: exportRequestSchema, dashboardFilters: dashboardFilterSchema, auditFilters: auditFilterSchema,
  createUser: createUserSchema, updateUser: updateUserSchema, userId: userIdSchema, setPassword: setPasswordSchema, changePassword: changePasswordSchema,
};

/** The keys a schema reads, so the random objects hit real fields as well as junk ones. */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: { shape?: object }; schema?: { shape?: object } } } });
  return Object.keys(shape.shape ?? shape._zod?.def?.in?.shape ?? shape._zod?.def?.schema?.shape ?? {});
}

const t = createTranslator("ja");

describe("every input schema against hostile input", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: accepts or refuses with readable messages, never throws`, () => {
      const keys = keysOf(schema);
      const input = fc.oneof(hostileValue, fc.dictionary(fc.constantFrom(...keys, "extra"), hostileValue, { maxKeys: keys.length + 1 }));
      fc.assert(
        fc.property(input, (raw) => {
          const result = parseInput(schema as never, raw, "ja");
          if (result.ok) return;
          expect(result.kind).toBe("invalid");
          const errors = Object.values((result as { fieldErrors: Record<string, string[]> }).fieldErrors).flat();
          expect(errors.length).toBeGreaterThan(0);
          for (const message of errors) {
            expect(typeof message).toBe("string");
            expect(message.length).toBeGreaterThan(0);
            // A message key that escaped translation would show as "validation.…".
            expect(message).not.toMatch(/^[a-z]+\.[A-Za-z.]+$/);
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it("refuses control characters in ⑤ with a message at the field, and keeps markup as typed", () => {
    const base = { reportId: "r1", version: 1, status: "ON_TRACK" };
    const refused = parseInput(saveProgressSchema, { ...base, progressText: "報告\u0000です" }, "ja");
    expect(refused).toMatchObject({ ok: false, fieldErrors: { progressText: [t("validation.controlCharacters")] } });
    fc.assert(
      fc.property(fc.constantFrom(...fragments.filter((f) => !/[\u0000-\u001F]/.test(f))), fc.string({ maxLength: 100 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s)), (fragment, rest) => {
        const text = `${fragment}${rest}`;
        const parsed = parseInput(saveProgressSchema, { ...base, progressText: text }, "ja");
        if (text.trim() === "") return;
        expect(parsed).toMatchObject({ ok: true, data: { progressText: text.trim() } });
      }),
    );
  });

  it("refuses over-long and non-numeric values with the field's own message", () => {
    const base = { reportId: "r1", version: 1, status: "ON_TRACK", progressText: "報告" };
    expect(parseInput(saveProgressSchema, { ...base, progressText: "あ".repeat(4001) }, "ja")).toMatchObject({ ok: false, fieldErrors: { progressText: [t("validation.progressTextTooLong")] } });
    expect(parseInput(saveProgressSchema, { ...base, indicators: [{ indicatorId: "i1", actual: "1e309" }] }, "ja")).toMatchObject({ ok: false, fieldErrors: { "indicators.0.actual": [t("validation.number")] } });
  });
});
