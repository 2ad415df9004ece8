import { PortalLink } from "@/components/ui/portal-link";
import { notFound } from "next/navigation";
import { DeadlineText } from "@/components/home/my-assignments";
import { ProgressEditor } from "@/components/report/progress-editor";
import { indicatorYardsticks, ReportComparison } from "@/components/report/report-comparison";
import { ReviewForm } from "@/components/report/review-form";
import { TextDiffView } from "@/components/report/text-diff-view";
import { WithdrawForm } from "@/components/report/withdraw-form";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Paragraphs } from "@/components/ui/paragraphs";
import { StatusBadge, WorkflowBadge } from "@/components/ui/status-badge";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { getReportPage, nextReviewAfter } from "@/lib/data/reports";
import { deadlineStanding } from "@/lib/domain/deadlines";
import { formatDateFor, formatJapanTime } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const page = await readOrForbidden(getReportPage(user, (await params).reportId));
  if (!page) notFound();
  const { report, previous } = page;
  const asOf = formatDateFor(report.period.asOfDate, locale);
  const previousLabel = previous ? t("report.previous", { date: formatDateFor(previous.period.asOfDate, locale) }) : t("report.noPrevious");
  const next = page.isReviewer ? await nextReviewAfter(user, report.id) : null;
  const title = page.mayReview ? "review.heading" : page.mayEdit ? "report.editTitle" : "report.viewTitle";

  return (
    <article className="space-y-4">
      <PortalLink href={`/issues/${report.issue.id}`} className="text-sm text-blue-800 hover:underline">← {report.issue.code} {report.issue.name}</PortalLink>
      <h1 className="text-2xl font-bold">{t(title, { code: report.issue.code, date: asOf })}</h1>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={report.status} t={t} />
        <WorkflowBadge state={report.workflowState} t={t} />
        <span className="text-slate-600">{t("report.version", { version: report.version })}</span>
        {report.carriedForward && <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-950" data-testid="carried-forward">{t("report.carriedForward")}</span>}
      </p>
      {report.period.status === "OPEN" && (
        <p className="text-sm" data-testid="report-deadline">
          <span className="font-bold">{t("report.deadlineLine")}</span>{" "}
          {report.period.deadline && <><FormattedDate date={report.period.deadline} locale={locale} />{" "}</>}
          {(page.mayEdit || !report.period.deadline) && <DeadlineText standing={deadlineStanding(report.period.deadline, new Date())} t={t} />}
        </p>
      )}
      {report.carriedForward && <p className="text-sm text-slate-700">{t("report.carriedForwardNote")}</p>}
      {report.workflowState === "RETURNED" && report.reviewComment && (
        <section role="note" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="return-comment">
          <h2 className="font-bold">{t("report.returnedComment", { name: report.reviewedBy?.name ?? "" })}</h2>
          <Paragraphs text={report.reviewComment} />
        </section>
      )}
      {report.workflowState === "SUBMITTED" && report.submittedAt && (
        <section role="status" className="space-y-1 rounded-lg border border-green-300 bg-green-50 p-4" data-testid="submitted-notice">
          {page.mayWithdraw && <p className="font-bold">{t("report.submitted")}</p>}
          <p>{t("report.submittedNotice", { time: formatJapanTime(report.submittedAt), name: report.author?.name ?? "—" })}</p>
          {!page.mayReview && <p>{t("report.submittedWaiting")}</p>}
        </section>
      )}
      {page.isAuthor && <WithdrawForm reportId={report.id} version={report.version} mayWithdraw={page.mayWithdraw} />}
      {page.mayEdit ? (
        <ProgressEditor
          reportId={report.id}
          version={report.version}
          progressText={report.progressText}
          status={report.status}
          previousText={previous?.progressText ?? null}
          previousLabel={previousLabel}
          indicators={page.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, actual: i.actual, yardsticks: indicatorYardsticks(i, previous !== null, t, locale) }))}
          milestones={page.milestones}
        />
      ) : (
        <>
          {!page.mayWithdraw && !page.mayReview && <p className="text-sm text-slate-600">{t("report.readOnly")}</p>}
          <section aria-labelledby="report-text" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="report-text" className="mb-2 font-bold">{t("report.viewOnly", { date: asOf })}</h2>
            <Paragraphs text={report.progressText} />
          </section>
          <ReportComparison page={page} previousLabel={previous ? previousLabel : null} t={t} locale={locale} />
          {previous && (
            <section aria-labelledby="report-diff" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="report-diff" className="mb-2 font-bold">{t("report.diff")}{t("text.paren", { text: previousLabel })}</h2>
              <TextDiffView before={previous.progressText} after={report.progressText} labels={{ added: t("report.diffAdded"), removed: t("report.diffRemoved") }} />
            </section>
          )}
        </>
      )}
      {page.isReviewer && <ReviewForm reportId={report.id} version={report.version} mayReview={page.mayReview} next={next} />}
    </article>
  );
}
