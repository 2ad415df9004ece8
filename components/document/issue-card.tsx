import { PortalLink } from "@/components/ui/portal-link";
import type { DocumentOverview } from "@/lib/data/documents";
import { formatDateBoth } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { StatusBadge, WorkflowBadge } from "@/components/ui/status-badge";

type IssueSummary = DocumentOverview["areas"][number]["issues"][number];

export function IssueCard({ issue, t, locale }: { issue: IssueSummary; t: Translate; locale: Locale }) {
  const report = issue.latestReport;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`issue-card-${issue.code}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">
          <PortalLink href={`/issues/${issue.id}`} className="text-blue-800 hover:underline" aria-label={t("issue.open", { code: issue.code, name: issue.name })}>
            <span className="mr-1 font-mono">{issue.code}</span>
            {issue.matrixTitle}
          </PortalLink>
        </h3>
        {issue.isAffiliatedBody && (
          <span className="shrink-0 rounded bg-purple-100 px-2 py-0.5 text-xs font-medium text-purple-900">{t("issue.affiliatedBody")}</span>
        )}
      </div>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700" aria-label={t("issue.summary")}>
        {issue.summaryBullets.map((bullet) => <li key={bullet}>{bullet}</li>)}
      </ul>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600">
        <dt>{t("issue.owningSection")}</dt>
        <dd>{issue.owningSection.name}</dd>
        <dt>{t("issue.latestStatus")}</dt>
        <dd className="flex flex-wrap items-center gap-1">
          {report ? (
            <>
              <StatusBadge status={report.status} t={t} />
              <WorkflowBadge state={report.workflowState} t={t} />
              <span>{t("issue.asOf", { date: formatDateBoth(report.asOfDate, locale) })}</span>
            </>
          ) : (
            t("issue.noReport")
          )}
        </dd>
      </dl>
    </li>
  );
}
