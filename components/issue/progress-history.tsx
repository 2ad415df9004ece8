import { PortalLink } from "@/components/ui/portal-link";
import type { IssueDetail } from "@/lib/data/issues";
import { formatDateFor } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/messages";
import { Paragraphs } from "@/components/ui/paragraphs";
import { StatusBadge, WorkflowBadge } from "@/components/ui/status-badge";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { Locale } from "@/lib/i18n/messages";

/** ⑤ for every reporting date, oldest first. */
export function ProgressHistory({ reports, t, locale, mayWork }: { reports: IssueDetail["progressReports"]; t: Translate; locale: Locale; mayWork: boolean }) {
  if (reports.length === 0) return <p className="text-slate-600">{t("issue.noProgress")}</p>;
  return (
    <>
      {reports.map((report) => (
        <section key={report.id} aria-labelledby={`progress-${report.id}`} className="rounded-lg border border-slate-200 bg-white p-5" data-testid="progress-report">
          <h2 id={`progress-${report.id}`} className="font-bold">{t("issue.progress", { date: formatDateFor(report.period.asOfDate, locale) })}</h2>
          <p className="mb-3 mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <FormattedDate date={report.period.asOfDate} locale={locale} />
            <StatusBadge status={report.status} t={t} />
            <WorkflowBadge state={report.workflowState} t={t} />
            {mayWork && (
              <PortalLink href={`/reports/${report.id}`} className="ml-auto text-blue-800 hover:underline">{t("report.openEditor")}</PortalLink>
            )}
          </p>
          <Paragraphs text={report.progressText} />
        </section>
      ))}
    </>
  );
}
