import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { updateIssueDetails, updateIssueText } from "@/lib/commands/issues";
import { openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

// Every write command, run by a user allowed to make it, with random and
// malicious input: it never throws, refuses with a reason, and writes nothing
// (not even an audit entry) unless the input was valid.
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let reportId: string;

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } })).id;
});

const hostile = fc.oneof(
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"AuditEntry\"; --", "\u0000\u0007", "あ".repeat(5000), "2024-02-30", "-1e309", ""),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.constant(null),
  fc.object({ maxDepth: 1 }),
);

describe("write commands under hostile input", () => {
  const cases = [
    ["saveProgressDraft", () => bureau.users.owner.actor, saveProgressDraft, ["reportId", "version", "progressText", "status", "indicators", "milestones"]],
    ["submitProgress", () => bureau.users.owner.actor, submitProgress, ["reportId", "version"]],
    ["reviewProgress", () => bureau.users.manager.actor, reviewProgress, ["reportId", "version", "decision", "comment"]],
    ["updateIssueText", () => bureau.users.manager.actor, updateIssueText, ["issueId", "version", "name", "content", "summaryBullets"]],
    ["updateIssueDetails", () => bureau.users.manager.actor, updateIssueDetails, ["issueId", "version", "indicators", "milestones", "partners"]],
    ["openPeriod", () => bureau.users.manager.actor, openPeriod, ["bureauId", "asOfDate", "deadline"]],
    ["reopenPeriod", () => bureau.users.admin.actor, reopenPeriod, ["periodId", "reason"]],
  ] as const;

  for (const [name, actor, command, keys] of cases) {
    it(`${name}: refuses what is not valid and writes nothing for it`, async () => {
      // Real ids some of the time, so the hostile values reach past the id checks.
      const ids = { reportId, issueId: bureau.issueId, bureauId: bureau.bureauId, periodId: "no-such-period" };
      const field = fc.oneof(hostile, fc.constantFrom(...Object.values(ids)));
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(keys.map((k) => [k, field])) as Record<string, typeof field>, { requiredKeys: [] }), async (raw) => {
          const before = await db.auditEntry.count();
          const result = await command(actor(), raw, "ja");
          if (result.ok) return;
          expect(["invalid", "forbidden", "not-found", "conflict", "rejected"]).toContain(result.kind);
          expect(await db.auditEntry.count()).toBe(before);
        }),
        { numRuns: 25 },
      );
    }, 60_000);
  }
});
