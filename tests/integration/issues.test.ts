import { beforeEach, describe, expect, it } from "vitest";
import { copyDocument, updateIssueDetails, updateIssueText } from "@/lib/commands/issues";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
beforeEach(async () => {
  bureau = await createReportingBureau(db);
});

const edit = (version: number, content = "改訂後の課題の内容。") => ({
  issueId: bureau.issueId,
  version,
  name: "改訂後の課題名",
  matrixTitle: "改訂後の課題名",
  summaryBullets: "要旨一\n\n要旨二\n",
  content,
  background: "背景",
  measuresHeading: "課題に対する取組み",
  measures: "取組み",
});

describe("editing ①–④", () => {
  it("keeps every version as a revision and audits the change", async () => {
    expect(await updateIssueText(bureau.users.manager.actor, edit(1), "ja")).toEqual({ ok: true, data: { version: 2 } });
    expect(await updateIssueText(bureau.users.admin.actor, edit(2, "再改訂した内容。"), "ja")).toEqual({ ok: true, data: { version: 3 } });
    const revisions = await db.issueRevision.findMany({ where: { issueId: bureau.issueId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.content])).toEqual([[1, "内容"], [2, "改訂後の課題の内容。"], [3, "再改訂した内容。"]]);
    expect(revisions[1]?.summaryBullets).toEqual(["要旨一", "要旨二"]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: bureau.issueId, action: "issue.update" }, orderBy: { id: "asc" } });
    expect(audit.before).toMatchObject({ content: "内容", version: 1 });
    expect(audit.after).toMatchObject({ content: "改訂後の課題の内容。", version: 2 });
  });

  it("refuses staff, auditors, other bureaus' managers and a stale version, writing nothing", async () => {
    const other = await createReportingBureau(db);
    for (const actor of [bureau.users.owner.actor, bureau.users.auditor.actor, other.users.manager.actor]) {
      expect(await updateIssueText(actor, edit(1), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect((await updateIssueText(bureau.users.manager.actor, edit(1), "ja")).ok).toBe(true);
    expect(await updateIssueText(bureau.users.manager.actor, edit(1, "古い版から"), "ja")).toMatchObject({ ok: false, kind: "conflict" });
    expect(await updateIssueText(bureau.users.manager.actor, { ...edit(2), name: "" }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { name: ["入力してください。"] } });
    expect(await db.issueRevision.count({ where: { issueId: bureau.issueId } })).toBe(2);
  });
});

describe("copying a document to a new fiscal year", () => {
  it("copies issues, indicators and open milestones but no progress, once, for admins only", async () => {
    const input = { documentId: bureau.documentId, fiscalYear: "2025" };
    expect(await copyDocument(bureau.users.manager.actor, input, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    const result = await copyDocument(bureau.users.admin.actor, input, "ja");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = await db.policyDocument.findUniqueOrThrow({
      where: { id: result.data.documentId },
      include: { issues: { include: { indicators: { include: { values: true } }, milestones: true, progressReports: true, relatedSections: true, revisions: true } } },
    });
    expect(copy.fiscalYear).toBe(2025);
    const [issue] = copy.issues;
    expect(issue).toMatchObject({ code: "A(1)", content: "内容" });
    expect(issue?.indicators.map((i) => [i.name, i.target, i.values.length])).toEqual([["件数", 10, 0]]);
    expect(issue?.milestones.map((m) => m.title)).toEqual(["会議を開催"]);
    expect(issue?.progressReports).toEqual([]);
    expect(issue?.relatedSections).toHaveLength(2);
    expect(issue?.revisions).toHaveLength(1);
    expect(await copyDocument(bureau.users.admin.actor, input, "ja")).toMatchObject({ ok: false, reason: "document.exists" });
    expect(await copyDocument(bureau.users.admin.actor, { ...input, fiscalYear: "来年" }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.auditEntry.count({ where: { action: "document.copy", bureauId: bureau.bureauId } })).toBe(1);
  });
});

describe("editing indicators, milestones and partners", () => {
  const details = (indicatorId: string | undefined, milestones: object[], partners: object[]) =>
    JSON.stringify({
      indicators: [
        ...(indicatorId ? [{ id: indicatorId, name: "件数（改）", unit: "件", direction: "UP", baseline: "0", baselineLabel: "", target: "12", targetFiscalYear: "2026" }] : []),
        { name: "新しい指標", unit: "%", direction: "", baseline: "", baselineLabel: "", target: "", targetFiscalYear: "" },
      ],
      milestones,
      partners,
    });

  it("updates, adds and removes rows as one audited version; forged ids and removing reported indicators are refused", async () => {
    const input = {
      issueId: bureau.issueId,
      version: 1,
      details: details(bureau.indicatorId, [{ title: "新しい会議", plannedDate: "2025-07-01", plannedFiscalYear: "2025", plannedPrecision: "MID_MONTH", plannedFrom: "true", plannedText: "７月中旬以降", doneDate: "" }], [{ name: "九州工業大学", kind: "UNIVERSITY", role: "共同研究" }]),
    };
    expect(await updateIssueDetails(bureau.users.owner.actor, input, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await updateIssueDetails(bureau.users.manager.actor, input, "ja")).toEqual({ ok: true, data: { version: 2 } });

    const issue = await db.issue.findUniqueOrThrow({
      where: { id: bureau.issueId },
      include: { indicators: { orderBy: { sortOrder: "asc" } }, milestones: true, partners: { include: { partner: true } }, revisions: { orderBy: { version: "asc" } } },
    });
    expect(issue.indicators.map((i) => [i.name, i.target, i.targetFiscalYear])).toEqual([["件数（改）", 12, 2026], ["新しい指標", null, null]]);
    expect(issue.indicators[0]?.id).toBe(bureau.indicatorId);
    expect(issue.milestones.map((m) => m.title)).toEqual(["新しい会議"]);
    // The date as precisely as the document gives it, and a direction only where it gives one.
    expect(issue.milestones[0]).toMatchObject({ plannedPrecision: "MID_MONTH", plannedFrom: true, plannedText: "７月中旬以降" });
    expect(issue.indicators.map((i) => i.direction)).toEqual(["UP", null]);
    expect(issue.partners.map((p) => [p.partner.name, p.role])).toEqual([["九州工業大学", "共同研究"]]);
    expect(issue.revisions.map((r) => (r.details as { milestones: { title: string }[] }).milestones.map((m) => m.title))).toEqual([["会議を開催"], ["新しい会議"]]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: bureau.issueId, action: "issue.updateDetails" } });
    expect(audit.before).toMatchObject({ milestones: [{ title: "会議を開催" }] });

    // The factory's indicator has an actual reported for 2024-11-30: it cannot be dropped.
    expect(await updateIssueDetails(bureau.users.manager.actor, { issueId: bureau.issueId, version: 2, details: details(undefined, [], []) }, "ja")).toMatchObject({
      ok: false,
      reason: "issueDetails.indicatorHasValues",
    });
    const other = await createReportingBureau(db);
    expect(await updateIssueDetails(bureau.users.manager.actor, { issueId: bureau.issueId, version: 2, details: details(other.indicatorId, [], []) }, "ja")).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await updateIssueDetails(bureau.users.manager.actor, { issueId: bureau.issueId, version: 2, details: "{not json" }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.issueRevision.count({ where: { issueId: bureau.issueId } })).toBe(2);
  });
});
