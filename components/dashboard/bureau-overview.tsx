import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate, FormattedJapanDay } from "@/components/ui/formatted-date";
import { PlannedWhen } from "@/components/issue/planned-when";
import { StatusBadge, WorkflowBadge } from "@/components/ui/status-badge";
import { Table } from "@/components/ui/table";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { type BureauDashboard, getBureauDashboard, getCompletenessTrend } from "@/lib/data/dashboard";
import { evaluateReported } from "@/lib/domain/kpi-evaluation";
import { progressStatuses, workflowStates } from "@/lib/domain/progress-rules";
import { readEnv } from "@/lib/env";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import type { Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { formatPercent } from "./percent";
import { AreaStatusChart, CompletenessTrend } from "./progress-charts";

const cell = "p-2 tabular-nums";

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  // min-w-0: a grid item otherwise grows to its chart's width, wider than a phone.
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={id}>
      <h2 id={id} className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

type Totals = BureauDashboard["totals"];

/** The first row: the figures a manager looks at first, each a link to the list below that it counts. */
function TotalsRow({ totals, t }: { totals: Totals; t: Translate }) {
  const tiles: { key: keyof Omit<Totals, "expected">; target: string; value: string; alert: boolean }[] = [
    { key: "submitted", target: "issue-results", value: `${totals.submitted}/${totals.expected}`, alert: false },
    { key: "overdue", target: "overdue", value: String(totals.overdue), alert: totals.overdue > 0 },
    { key: "lateMilestones", target: "late-milestones", value: String(totals.lateMilestones), alert: totals.lateMilestones > 0 },
    { key: "offTrack", target: "off-track", value: String(totals.offTrack), alert: totals.offTrack > 0 },
    { key: "unjudged", target: "unjudged", value: String(totals.unjudged), alert: false },
  ];
  return (
    <nav aria-label={t("dashboard.totals")}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5" data-testid="dashboard-totals">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <a
              href={`#${tile.target}`}
              data-testid={`total-${tile.key}`}
              className={`block h-full rounded-lg border bg-white p-3 hover:bg-slate-50 ${tile.alert ? "border-red-700 border-l-8" : "border-slate-200"}`}
            >
              <span className="block text-sm text-slate-700">{t(`dashboard.totals.${tile.key}`)}</span>
              <span className="block text-2xl font-bold tabular-nums text-blue-900 underline">{tile.value}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The bureau dashboard for one reporting date: counts, completeness, what needs attention, and the issues found. */
export async function BureauOverview({ scope, filters }: { scope: DashboardScope; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const [dashboard, trend] = await Promise.all([getBureauDashboard(scope, filters), getCompletenessTrend(scope)]);
  if (!dashboard || dashboard.issues.length === 0) return <EmptyState>{t("dashboard.noIssues")}</EmptyState>;
  const { issues, totals, areaStatus, sections, overdue, recent, offTrack, unjudged, judged, lateMilestones } = dashboard;
  const issueLink = (issue: { id: string; code: string; name: string }) => (
    <Link href={`/issues/${issue.id}`} className="text-blue-800 underline">{issue.code} {issue.name}</Link>
  );
  return (
    <div className="space-y-4">
    <TotalsRow totals={totals} t={t} />
    <div className="grid gap-4 xl:grid-cols-2">
      <Panel id="area-status" title={t("dashboard.areaStatus")}>
        <AreaStatusChart areas={areaStatus.map((area) => ({ label: area.name, counts: area.counts, none: area.none }))} t={t} />
        <Table columns={[t("dashboard.area"), ...progressStatuses.map((s) => t(`status.${s}`)), t("dashboard.noReport"), t("dashboard.total")]}>
          {areaStatus.map((area) => (
            <tr key={area.code} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-left">{area.name}</th>
              {progressStatuses.map((s) => <td key={s} className={cell}>{area.counts[s]}</td>)}
              <td className={cell}>{area.none}</td>
              <td className={`${cell} font-bold`}>{area.total}</td>
            </tr>
          ))}
        </Table>
      </Panel>

      <Panel id="section-completeness" title={t("dashboard.completeness")}>
        <Table columns={[t("issue.owningSection"), t("dashboard.noReport"), ...workflowStates.map((s) => t(`workflow.${s}`)), t("dashboard.completenessShare")]}>
          {sections.map((section) => (
            <tr key={section.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-left">{section.name}</th>
              <td className={cell}>{section.none}</td>
              {workflowStates.map((s) => <td key={s} className={cell}>{section.counts[s]}</td>)}
              <td className={cell}>
                <span className="font-bold">{formatPercent(section.completeness)}</span>
                <span className="ml-1 text-xs text-slate-600">({section.counts.APPROVED}/{section.total})</span>
              </td>
            </tr>
          ))}
        </Table>
      </Panel>

      <Panel id="completeness-trend" title={t("charts.completenessTrend")}>
        <p className="text-sm text-slate-700">{t("charts.completenessTrendBureau")}</p>
        <CompletenessTrend rows={trend} t={t} locale={locale} />
      </Panel>

      <Panel id="overdue" title={t("dashboard.overdue")}>
        {overdue.length === 0 ? (
          <p className="text-sm text-slate-600">{scope.period?.deadline ? t("dashboard.noOverdue") : t("dashboard.noDeadline")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {overdue.map((issue) => (
              <li key={issue.id}>{issueLink(issue)}{t("text.paren", { text: issue.owningSection.name })} <WorkflowBadge state={issue.report!.workflowState} t={t} /></li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="off-track" title={t("dashboard.offTrack")}>
        {judged === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.noneJudged")}</p>
        ) : offTrack.length === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.noOffTrack")}</p>
        ) : (
          <Table columns={[t("dashboard.issue"), t("indicator.name"), t("dashboard.actual"), t("dashboard.expected"), t("indicator.target"), t("kpi.grade")]}>
            {offTrack.map(({ issue, indicator, expected }) => (
              <tr key={indicator.id} className="border-b border-slate-200">
                <td className="p-2">{issueLink(issue)}</td>
                <td className="p-2">{indicator.name}</td>
                <td className={cell}>{indicator.actual}{indicator.unit}</td>
                <td className={cell}>{Math.round(expected * 10) / 10}{indicator.unit}</td>
                <td className={cell}>{indicator.target}{indicator.unit}</td>
                <td className="p-2">
                  {scope.period && <KpiGradeBadge evaluation={evaluateReported(indicator, { ...indicator, reportingDate: scope.period.asOfDate }, readEnv().KPI_GRADE_THRESHOLDS)} t={t} />}
                </td>
              </tr>
            ))}
          </Table>
        )}
        {judged > 0 && <p className="text-sm text-slate-700">{t("dashboard.offTrackJudged", { judged, count: offTrack.length })}</p>}
      </Panel>

      <Panel id="unjudged" title={t("dashboard.unjudged")}>
        {unjudged.length === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.noUnjudged")}</p>
        ) : (
          <>
            <p className="text-sm font-bold">{t("dashboard.unjudgedLead", { count: unjudged.length })}</p>
            <Table columns={[t("dashboard.issue"), t("indicator.name"), t("dashboard.unjudgedReasons")]}>
              {unjudged.map(({ issue, indicator, reasons }) => (
                <tr key={indicator.id} className="border-b border-slate-200" data-testid="unjudged-indicator">
                  <td className="p-2">{issueLink(issue)}</td>
                  <td className="p-2">{indicator.name}</td>
                  <td className="p-2">{reasons.map((r) => t(`unjudged.${r}`)).join(t("text.listSeparator"))}</td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </Panel>

      <Panel id="late-milestones" title={t("dashboard.lateMilestones")}>
        {lateMilestones.length === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.noLateMilestones")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {lateMilestones.map((m) => (
              <li key={m.id} data-testid="late-milestone">
                {issueLink(m.issue)}{t("text.colon")}{m.title}{t("text.parenOpen")}{t("dashboard.milestone.LATE")}{t("text.separator")}{t("milestone.planned")} <PlannedWhen milestone={m} locale={locale} />{t("text.parenClose")}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="recent" title={t("dashboard.recent")}>
        {recent.length === 0 ? (
          <p className="text-sm text-slate-600">{t("dashboard.noReports")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {recent.map((issue) => (
              <li key={issue.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/reports/${issue.report.id}`} className="text-blue-800 underline">{issue.code} {issue.name}</Link>
                <WorkflowBadge state={issue.report.workflowState} t={t} />
                <span className="text-slate-600"><FormattedJapanDay instant={issue.report.updatedAt} locale={locale} /></span>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="issue-results" title={t("dashboard.issues", { count: issues.length })}>
        <Table columns={[t("dashboard.issue"), t("issue.owningSection"), t("dashboard.status"), t("dashboard.workflow")]}>
          {issues.map((issue) => (
            <tr key={issue.id} className="border-b border-slate-200" data-testid="issue-row">
              <td className="p-2">
                {issueLink(issue)}
                {issue.isAffiliatedBody && <span className="ml-2 rounded bg-slate-100 px-1 text-xs">{t("issue.affiliatedBody")}</span>}
              </td>
              <td className="p-2">{issue.owningSection.name}</td>
              <td className="p-2">
                {!issue.report ? t("dashboard.noReport") : issue.report.carriedForward ? (
                  <span data-testid="carried-forward">{t("dashboard.noReport")}{t("text.paren", { text: t("report.carriedForward") })}</span>
                ) : (
                  <StatusBadge status={issue.report.status} t={t} />
                )}
              </td>
              <td className="p-2">{issue.report ? <WorkflowBadge state={issue.report.workflowState} t={t} /> : "—"}</td>
            </tr>
          ))}
        </Table>
      </Panel>
    </div>
    </div>
  );
}
