import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can, type Resource } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { insertRows } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/transaction";
import { parsePlainDate } from "@/lib/domain/dates";
import { isIndicatorUnit } from "@/lib/domain/indicator-input";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { notifyReportAuthors, notifyReviewers } from "@/lib/notifications/events";
import { reviewProgressSchema, saveProgressSchema, submitProgressSchema, withdrawProgressSchema } from "@/lib/validation/progress";
import { isEditable, type LoadedReport, loadReport, reportSnapshot, type ReportSnapshot } from "./report-access";
import { type CommandResult, fail, ok, parseInput } from "./result";

/** Thrown inside a transaction to roll it back when another save came first. */
class VersionConflict extends Error {}

type ReportWork = (tx: Tx, report: LoadedReport, resource: Resource) => Promise<CommandResult<{ version: number }>>;

/**
 * Runs `work` on a report in one transaction. The write must go through
 * `guardedUpdate`: if the stored version is no longer the one the user started
 * from, everything rolls back and the caller gets the stored version to merge.
 */
async function withReport(reportId: string, work: ReportWork): Promise<CommandResult<{ version: number }>> {
  try {
    return await db.$transaction(async (tx) => {
      const loaded = await loadReport(tx, reportId);
      if (!loaded) return fail({ kind: "not-found" });
      return work(tx, loaded.report, loaded.resource);
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const current = await db.progressReport.findUniqueOrThrow({ where: { id: reportId } });
    return fail({ kind: "conflict", current: reportSnapshot(current) satisfies ReportSnapshot });
  }
}

async function guardedUpdate(tx: Tx, id: string, version: number, data: object) {
  const { count } = await tx.progressReport.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new VersionConflict();
}

/**
 * Saves a draft of ⑤: text, status, indicator actuals and milestones done (all
 * rows of the report's period; the issue's own rows are not touched).
 * Refused when someone saved since `version` (the caller shows both texts).
 */
export async function saveProgressDraft(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(saveProgressSchema, raw, locale);
  if (!input.ok) return input;
  const { reportId, version, progressText, status, indicators, milestones } = input.data;
  return withReport(reportId, async (tx, report, resource) => {
    if (!can(actor, "progress.edit", resource)) return fail({ kind: "forbidden" });
    if (!isEditable(report)) return fail({ kind: "rejected", reason: "progress.notEditable" });
    const indicatorIds = new Set(report.issue.indicators.map((i) => i.id));
    const milestoneIds = new Set(report.issue.milestones.map((m) => m.id));
    // Ids from the form must belong to this issue: a forged one changes nothing.
    if (indicators.some((i) => !indicatorIds.has(i.indicatorId)) || milestones.some((m) => !milestoneIds.has(m.milestoneId))) {
      return fail({ kind: "forbidden" });
    }
    // 「８サイト」 for an indicator counted in サイト is understood; any other unit is not guessed at.
    const t = createTranslator(locale);
    const unitErrors = new Map<string, string[]>();
    indicators.forEach(({ indicatorId, actual }, index) => {
      const unit = report.issue.indicators.find((i) => i.id === indicatorId)!.unit;
      if (!isIndicatorUnit(actual.unit, unit)) unitErrors.set(`indicators.${index}.actual`, [t("validation.numberAlone", { unit })]);
    });
    if (unitErrors.size > 0) return fail({ kind: "invalid", fieldErrors: Object.fromEntries(unitErrors) });
    await guardedUpdate(tx, report.id, version, {
      progressText,
      status,
      authorId: actor.id,
      // A person has now written it: no longer the copy made when the period opened.
      carriedForward: false,
      // Editing an approved report of a reopened period makes it a draft again.
      workflowState: report.workflowState === "APPROVED" ? "DRAFT" : report.workflowState,
    });
    // One statement for the actuals and one for the milestones, not one per input. An id sent twice
    // (a forged form) is written once, with its first value, as FormData.get reads it.
    const actuals = new Map<string, number | null>();
    for (const { indicatorId, actual } of indicators) if (!actuals.has(indicatorId)) actuals.set(indicatorId, actual.value);
    // A saved value is no copy carried forward (a new row's default is false too).
    await insertRows(tx, "IndicatorValue", ["id", "indicatorId", "periodId", "actual"], [...actuals].map(([indicatorId, actual]) => [randomUUID(), indicatorId, report.periodId, actual]), {
      onConflict: { key: ["indicatorId", "periodId"], update: ["actual"], set: { carriedForward: false } },
    });
    // Values the form did not send were still seen and kept by the person saving. The editor sends
    // every indicator, so this statement is only for a form that left some out.
    const unsent = [...indicatorIds].filter((id) => !actuals.has(id));
    if (unsent.length > 0) await tx.indicatorValue.updateMany({ where: { periodId: report.periodId, indicatorId: { in: unsent } }, data: { carriedForward: false } });
    // Milestones done belong to this report's period, like its actuals: an "as of"
    // view reads them only once the report is approved.
    const doneDates = new Map<string, Date | null>();
    for (const { milestoneId, doneDate } of milestones) if (!doneDates.has(milestoneId)) doneDates.set(milestoneId, doneDate === null ? null : parsePlainDate(doneDate));
    await insertRows(tx, "MilestoneCompletion", ["id", "milestoneId", "periodId", "doneDate"], [...doneDates].map(([milestoneId, doneDate]) => [randomUUID(), milestoneId, report.periodId, doneDate]), {
      onConflict: { key: ["milestoneId", "periodId"], update: ["doneDate"] },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "progress.save",
      entityType: "ProgressReport",
      entityId: report.id,
      bureauId: resource.bureauId,
      before: { progressText: report.progressText, status: report.status, version: report.version },
      after: { progressText, status, version: version + 1, indicators: indicators.map((i) => ({ indicatorId: i.indicatorId, actual: i.actual.value })), milestones },
    });
    return ok({ version: version + 1 });
  });
}

/**
 * Sends a draft (or a returned report) to the managers for review. A ⑤ that is
 * the previous report's text unchanged goes only with the author's confirmation.
 */
export async function submitProgress(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(submitProgressSchema, raw, locale);
  if (!input.ok) return input;
  const { reportId, version, confirmUnchanged } = input.data;
  return withReport(reportId, async (tx, report, resource) => {
    if (!can(actor, "progress.edit", resource)) return fail({ kind: "forbidden" });
    if (report.period.status !== "OPEN" || (report.workflowState !== "DRAFT" && report.workflowState !== "RETURNED")) {
      return fail({ kind: "rejected", reason: "progress.notSubmittable" });
    }
    if (!confirmUnchanged) {
      const previous = await tx.progressReport.findFirst({
        where: { issueId: report.issueId, period: { asOfDate: { lt: report.period.asOfDate } } },
        orderBy: { period: { asOfDate: "desc" } },
        select: { progressText: true },
      });
      if (previous && previous.progressText.trim() === report.progressText.trim()) return fail({ kind: "rejected", reason: "progress.unchangedFromPrevious" });
    }
    await guardedUpdate(tx, report.id, version, { workflowState: "SUBMITTED", submittedAt: new Date(), authorId: actor.id, carriedForward: false });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "progress.submit",
      entityType: "ProgressReport",
      entityId: report.id,
      bureauId: resource.bureauId,
      before: { workflowState: report.workflowState, version },
      after: { workflowState: "SUBMITTED", version: version + 1, ...(confirmUnchanged ? { confirmedUnchanged: true } : {}) },
    });
    await notifyReviewers(tx, report.id, resource.bureauId, "REPORT_SUBMITTED");
    return ok({ version: version + 1 });
  });
}

/**
 * The author takes a submission back before a reviewer has decided on it: the
 * report is a draft again, with everything written kept. Once approved or
 * returned it is the reviewer's (docs/decisions/021). A reviewer looking at the
 * submission meanwhile holds the old version, so their decision is refused as a
 * conflict rather than applied to a withdrawn report.
 */
export async function withdrawProgress(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(withdrawProgressSchema, raw, locale);
  if (!input.ok) return input;
  const { reportId, version } = input.data;
  return withReport(reportId, async (tx, report, resource) => {
    if (!can(actor, "progress.withdraw", resource)) return fail({ kind: "forbidden" });
    if (report.workflowState !== "SUBMITTED" || report.period.status !== "OPEN") return fail({ kind: "rejected", reason: "progress.notWithdrawable" });
    await guardedUpdate(tx, report.id, version, { workflowState: "DRAFT", submittedAt: null });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "progress.withdraw",
      entityType: "ProgressReport",
      entityId: report.id,
      bureauId: resource.bureauId,
      before: { workflowState: report.workflowState, submittedAt: report.submittedAt?.toISOString() ?? null, version },
      after: { workflowState: "DRAFT", version: version + 1 },
    });
    await notifyReviewers(tx, report.id, resource.bureauId, "REPORT_WITHDRAWN");
    return ok({ version: version + 1 });
  });
}

/** A manager approves a submitted report, or returns it to its authors with a comment. */
export async function reviewProgress(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ version: number }>> {
  const input = parseInput(reviewProgressSchema, raw, locale);
  if (!input.ok) return input;
  const { reportId, version, decision, comment } = input.data;
  return withReport(reportId, async (tx, report, resource) => {
    if (!can(actor, "progress.review", resource)) return fail({ kind: "forbidden" });
    if (report.workflowState !== "SUBMITTED" || report.period.status !== "OPEN") {
      return fail({ kind: "rejected", reason: "progress.notReviewable" });
    }
    const workflowState = decision === "approve" ? "APPROVED" : "RETURNED";
    await guardedUpdate(tx, report.id, version, {
      workflowState,
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewComment: comment === "" ? null : comment,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: decision === "approve" ? "progress.approve" : "progress.return",
      entityType: "ProgressReport",
      entityId: report.id,
      bureauId: resource.bureauId,
      before: { workflowState: report.workflowState, version },
      after: { workflowState, comment, version: version + 1 },
    });
    await notifyReportAuthors(tx, report.id, decision === "approve" ? "REPORT_APPROVED" : "REPORT_RETURNED", comment === "" ? null : comment);
    return ok({ version: version + 1 });
  });
}
