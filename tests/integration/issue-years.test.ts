import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { copyDocument } from "@/lib/commands/issues";
import { getIssueYears } from "@/lib/data/issue-years";
import { db } from "@/lib/db";
import { defaultGradeThresholds } from "@/lib/domain/kpi-evaluation";
import { createReportingBureau } from "@/tests/factories/reporting";

/** A period of the bureau for `date` whose issue report is approved (or only drafted), with the given indicator values. */
async function reportedPeriod(bureauId: string, issueId: string, date: string, fiscalYear: number, values: [string, number | null][], workflowState: "APPROVED" | "DRAFT" = "APPROVED") {
  const period = await db.reportingPeriod.create({ data: { bureauId, asOfDate: new Date(`${date}T00:00:00Z`), fiscalYear, status: "CLOSED" } });
  await db.progressReport.create({ data: { issueId, periodId: period.id, progressText: "報告", status: "ON_TRACK", workflowState } });
  await db.indicatorValue.createMany({ data: values.map(([indicatorId, actual]) => ({ indicatorId, periodId: period.id, actual })) });
}

describe("an issue's indicators across fiscal years", () => {
  it("follows the issue through copies to later years: values, grades, a decreasing indicator and 評価不能 with its reason", async () => {
    const bureau = await createReportingBureau(db);
    // R6 (2024-11-30, approved by the factory): 件数 3 of 0 → 10 (30 %, D). A decreasing indicator beside it.
    const waiting = await db.indicator.create({ data: { issueId: bureau.issueId, name: "待機児童数", unit: "人", direction: "DOWN", baseline: 50, target: 10, sortOrder: 2 } });
    const r6Period = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId } });
    await db.indicatorValue.create({ data: { indicatorId: waiting.id, periodId: r6Period.id, actual: 30 } });

    const admin = bureau.users.admin.actor;
    for (const fiscalYear of [2025, 2026]) {
      const copied = await copyDocument(admin, { documentId: bureau.documentId, fiscalYear }, "ja");
      if (!copied.ok) throw new Error(JSON.stringify(copied));
    }
    const { code } = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
    const copyOf = (fiscalYear: number) =>
      db.issue.findFirstOrThrow({ where: { code, document: { bureauId: bureau.bureauId, fiscalYear } }, include: { indicators: { orderBy: { sortOrder: "asc" } } } });
    const r7 = await copyOf(2025);
    const r8 = await copyOf(2026);
    // R7: 件数 12 (120 %, A); 待機児童数 not reported. R8: only a draft, which is not the bureau's word yet.
    await reportedPeriod(bureau.bureauId, r7.id, "2025-11-30", 2025, [[r7.indicators[0]!.id, 12], [r7.indicators[1]!.id, null]]);
    await reportedPeriod(bureau.bureauId, r8.id, "2026-11-30", 2026, [[r8.indicators[0]!.id, 11], [r8.indicators[1]!.id, 10]], "DRAFT");

    const expected = {
      years: [2024, 2025, 2026],
      indicators: [
        {
          name: "件数",
          unit: "件",
          points: [
            { fiscalYear: 2024, reportingDate: "2024-11-30", actual: 3, target: 10, evaluation: { rated: true, rate: 30, grade: "D", target: 10 } },
            { fiscalYear: 2025, reportingDate: "2025-11-30", actual: 12, target: 10, evaluation: { rated: true, rate: 120, grade: "A", target: 10 } },
            { fiscalYear: 2026, reportingDate: null, actual: null, target: 10, evaluation: { rated: false, reason: "actualMissing" } },
          ],
        },
        {
          name: "待機児童数",
          unit: "人",
          points: [
            // From 50 down to 30 of the way to 10: 50 %.
            { fiscalYear: 2024, reportingDate: "2024-11-30", actual: 30, target: 10, evaluation: { rated: true, rate: 50, grade: "D", target: 10 } },
            { fiscalYear: 2025, reportingDate: "2025-11-30", actual: null, target: 10, evaluation: { rated: false, reason: "actualMissing" } },
            { fiscalYear: 2026, reportingDate: null, actual: null, target: 10, evaluation: { rated: false, reason: "actualMissing" } },
          ],
        },
      ],
    };
    // The same lineage from whichever year's page it is read.
    for (const issueId of [bureau.issueId, r7.id, r8.id]) {
      expect(await getIssueYears(bureau.users.viewer.actor, issueId, defaultGradeThresholds)).toEqual(expected);
    }
    // The bureau's manager and an auditor read it; another bureau's staff may not.
    expect((await getIssueYears(bureau.users.manager.actor, r7.id, defaultGradeThresholds))?.years).toEqual([2024, 2025, 2026]);
    expect((await getIssueYears(bureau.users.auditor.actor, r7.id, defaultGradeThresholds))?.years).toEqual([2024, 2025, 2026]);
    await expect(getIssueYears(bureau.users.otherBureauStaff.actor, r7.id, defaultGradeThresholds)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getIssueYears(admin, "no-such-issue", defaultGradeThresholds)).toBeNull();
  });

  it("has one year for a document never copied, and leaves another bureau's issue of the same code out", async () => {
    const [one, other] = [await createReportingBureau(db), await createReportingBureau(db)];
    await copyDocument(other.users.admin.actor, { documentId: other.documentId, fiscalYear: 2025 }, "ja");
    const years = await getIssueYears(one.users.viewer.actor, one.issueId, defaultGradeThresholds);
    expect(years?.years).toEqual([2024]);
    expect(years?.indicators.map((i) => i.points.map((p) => p.actual))).toEqual([[3]]);
  });
});
