import { checkpointAfterCommit } from "@/lib/audit/chain-head";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/transaction";
import { parsePlainDate, reportingFiscalYear, toPlainDate } from "@/lib/domain/dates";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { notifyPeriodAuthors } from "@/lib/notifications/events";
import { changeDeadlineSchema, closePeriodSchema, openPeriodSchema, reopenPeriodSchema } from "@/lib/validation/periods";
import { type CommandResult, fail, ok, parseInput } from "./result";

/**
 * Opens a reporting period for a bureau and gives every issue of the bureau's
 * current document a draft that starts from its previous report
 * (text, status, indicator actuals, milestones done), so staff edit rather than retype. The
 * copies are marked carried forward: they count as not reported until a
 * person saves them. The period belongs to its document's fiscal year.
 */
export async function openPeriod(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ periodId: string; drafts: number }>> {
  const input = parseInput(openPeriodSchema, raw, locale);
  if (!input.ok) return input;
  const { bureauId, deadline } = input.data;
  if (!can(actor, "period.manage", { bureauId })) return fail({ kind: "forbidden" });
  const asOfDate = parsePlainDate(input.data.asOfDate);

  return db.$transaction(async (tx) => {
    // A deactivated bureau reports no more (its past periods stay).
    const bureau = await tx.bureau.findUnique({ where: { id: bureauId }, select: { active: true } });
    if (!bureau) return fail({ kind: "not-found" });
    if (!bureau.active) return fail({ kind: "rejected", reason: "organisation.bureauInactive" });
    if (await tx.reportingPeriod.findUnique({ where: { bureauId_asOfDate: { bureauId, asOfDate } } })) {
      return fail({ kind: "rejected", reason: "period.duplicate" });
    }
    // The bureau's current document: that of the fiscal year the date reports
    // on (a 5月末 period reports on the year just ended), or the latest before it.
    const document = await tx.policyDocument.findFirst({
      where: { bureauId, fiscalYear: { lte: reportingFiscalYear(asOfDate) } },
      orderBy: { fiscalYear: "desc" },
      select: { fiscalYear: true, issues: { select: { id: true, indicators: { select: { id: true } }, milestones: { select: { id: true } } } } },
    });
    if (!document) return fail({ kind: "rejected", reason: "period.noDocument" });
    const { fiscalYear } = document;

    const period = await tx.reportingPeriod.create({
      data: { bureauId, asOfDate, fiscalYear, deadline: deadline === null ? null : parsePlainDate(deadline), reminderDays: input.data.reminderDays, status: "OPEN" },
    });
    for (const issue of document.issues) {
      const previous = await tx.progressReport.findFirst({
        where: { issueId: issue.id, period: { asOfDate: { lt: asOfDate } } },
        orderBy: { period: { asOfDate: "desc" } },
        select: { progressText: true, status: true, periodId: true },
      });
      await tx.progressReport.create({
        data: {
          issueId: issue.id,
          periodId: period.id,
          progressText: previous?.progressText ?? "",
          status: previous?.status ?? "NOT_STARTED",
          workflowState: "DRAFT",
          carriedForward: true,
        },
      });
      const previousValues = previous
        ? await tx.indicatorValue.findMany({ where: { periodId: previous.periodId, indicatorId: { in: issue.indicators.map((i) => i.id) } } })
        : [];
      for (const indicator of issue.indicators) {
        const carried = previousValues.find((v) => v.indicatorId === indicator.id);
        await tx.indicatorValue.create({ data: { indicatorId: indicator.id, periodId: period.id, actual: carried?.actual ?? null, carriedForward: true } });
      }
      const previousDone = previous
        ? await tx.milestoneCompletion.findMany({ where: { periodId: previous.periodId, milestoneId: { in: issue.milestones.map((m) => m.id) } } })
        : [];
      for (const milestone of issue.milestones) {
        const carried = previousDone.find((c) => c.milestoneId === milestone.id);
        await tx.milestoneCompletion.create({ data: { milestoneId: milestone.id, periodId: period.id, doneDate: carried?.doneDate ?? null } });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "period.open",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId,
      after: { asOfDate: input.data.asOfDate, deadline, reminderDays: input.data.reminderDays, fiscalYear, drafts: document.issues.length },
    });
    await notifyPeriodAuthors(tx, period.id, "PERIOD_OPENED");
    return ok({ periodId: period.id, drafts: document.issues.length });
  });
}

/** A manager moves an open period's deadline (or removes it) and its reminder days; the change is audited with both values of each. */
export async function changeDeadline(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ periodId: string }>> {
  const input = parseInput(changeDeadlineSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.data.periodId } });
    if (!period) return fail({ kind: "not-found" });
    if (!can(actor, "period.manage", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
    if (period.status !== "OPEN") return fail({ kind: "rejected", reason: "period.notOpen" });
    const { deadline } = input.data;
    const reminderDays = input.data.reminderDays ?? period.reminderDays;
    if (deadline !== null && deadline < toPlainDate(period.asOfDate)) return fail({ kind: "invalid", fieldErrors: { deadline: [createTranslator(locale)("validation.deadlineBeforeAsOf")] } });
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { deadline: deadline === null ? null : parsePlainDate(deadline), reminderDays } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "period.deadline",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId: period.bureauId,
      before: { deadline: period.deadline === null ? null : toPlainDate(period.deadline), reminderDays: period.reminderDays },
      after: { deadline, reminderDays },
    });
    return ok({ periodId: period.id });
  });
}

/**
 * The bureau's open periods that report on `document`: those whose fiscal year
 * takes it as the bureau's current document (its own year's, or the latest before).
 */
export async function openPeriodsReportingOn(tx: Tx, document: { id: string; bureauId: string; fiscalYear: number }) {
  const [periods, later] = await Promise.all([
    tx.reportingPeriod.findMany({ where: { bureauId: document.bureauId, status: "OPEN", fiscalYear: { gte: document.fiscalYear } }, select: { id: true, fiscalYear: true } }),
    tx.policyDocument.findMany({ where: { bureauId: document.bureauId, fiscalYear: { gt: document.fiscalYear } }, select: { fiscalYear: true } }),
  ]);
  return periods.filter((p) => !later.some((d) => d.fiscalYear <= p.fiscalYear));
}

/** Closing locks every report of the period, and anchors the audit log (a checkpoint) once committed. */
export async function closePeriod(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ periodId: string }>> {
  const input = parseInput(closePeriodSchema, raw, locale);
  if (!input.ok) return input;
  const result = await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.data.periodId } });
    if (!period) return fail({ kind: "not-found" });
    if (!can(actor, "period.manage", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
    if (period.status !== "OPEN") return fail({ kind: "rejected", reason: "period.notOpen" });
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "period.close",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId: period.bureauId,
      before: { status: "OPEN" },
      after: { status: "CLOSED" },
    });
    return ok({ periodId: period.id });
  });
  if (result.ok) await checkpointAfterCommit(db, "period.close");
  return result;
}

/** Only an admin reopens a closed period, and must say why. */
export async function reopenPeriod(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ periodId: string }>> {
  const input = parseInput(reopenPeriodSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.data.periodId } });
    if (!period) return fail({ kind: "not-found" });
    if (!can(actor, "period.reopen", { bureauId: period.bureauId })) return fail({ kind: "forbidden" });
    if (period.status !== "CLOSED") return fail({ kind: "rejected", reason: "period.notClosed" });
    await tx.reportingPeriod.update({
      where: { id: period.id },
      data: { status: "OPEN", reopenedAt: new Date(), reopenReason: input.data.reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "period.reopen",
      entityType: "ReportingPeriod",
      entityId: period.id,
      bureauId: period.bureauId,
      before: { status: "CLOSED" },
      after: { status: "OPEN", reason: input.data.reason },
    });
    await notifyPeriodAuthors(tx, period.id, "PERIOD_REOPENED");
    return ok({ periodId: period.id });
  });
}
