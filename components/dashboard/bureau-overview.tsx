import { EmptyState } from "@/components/ui/empty-state";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getBureauDashboard, getCompletenessTrend } from "@/lib/data/dashboard";
import { withShownDates } from "@/lib/domain/completeness-trend";
import { formatJapanDay, toJapanIsoString } from "@/lib/domain/dates";
import { evaluateReported } from "@/lib/domain/kpi-evaluation";
import { formatDue } from "@/lib/domain/milestone-rules";
import { workflowStates } from "@/lib/domain/progress-rules";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { BureauOverviewPanels, type OverviewData } from "./bureau-overview-panels";

/** The bureau dashboard for one reporting date: counts, completeness, what needs attention, and the issues found. */
export async function BureauOverview({ scope, filters }: { scope: DashboardScope; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const [dashboard, trend] = await Promise.all([getBureauDashboard(scope, filters), getCompletenessTrend(scope)]);
  if (!dashboard || dashboard.issues.length === 0) return <EmptyState>{t("dashboard.noIssues")}</EmptyState>;
  const { issues, areaStatus } = dashboard;
  const { period } = scope;
  const indexOf = new Map(issues.map((issue, index) => [issue.id, index]));
  const at = (issue: { id: string }) => indexOf.get(issue.id)!;
  const thresholds = readEnv().KPI_GRADE_THRESHOLDS;
  const data: OverviewData = {
    totals: dashboard.totals,
    issues: issues.map((issue) => ({
      id: issue.id,
      code: issue.code,
      name: issue.name,
      section: issue.owningSection.name,
      affiliated: issue.isAffiliatedBody,
      report: issue.report && { id: issue.report.id, status: issue.report.status, workflow: issue.report.workflowState, carriedForward: issue.report.carriedForward },
    })),
    areas: areaStatus.map((area) => ({ label: area.name, counts: area.counts, none: area.none, total: area.total })),
    sections: dashboard.sections.map((section) => ({
      name: section.name,
      none: section.none,
      counts: workflowStates.map((s) => section.counts[s]),
      total: section.total,
      completeness: section.completeness,
    })),
    hasDeadline: Boolean(period?.deadline),
    overdue: dashboard.overdue.map(at),
    judged: dashboard.judged,
    offTrack: dashboard.offTrack.map(({ issue, indicator, expected }) => ({
      issue: at(issue),
      name: indicator.name,
      unit: indicator.unit,
      actual: indicator.actual,
      expected: Math.round(expected * 10) / 10,
      target: indicator.target,
      grade: period ? evaluateReported(indicator, { ...indicator, reportingDate: period.asOfDate }, thresholds) : null,
    })),
    unjudged: dashboard.unjudged.map(({ issue, indicator, reasons }) => ({ issue: at(issue), name: indicator.name, reasons })),
    late: dashboard.lateMilestones.map((m) => ({ issue: at(m.issue), title: m.title, plannedText: m.plannedText, reading: formatDue(m.due, locale) })),
    recent: dashboard.recent.map((issue) => ({
      issue: at(issue),
      updated: { dateTime: toJapanIsoString(issue.report.updatedAt), text: formatJapanDay(issue.report.updatedAt, locale) },
    })),
    trend: withShownDates(trend, locale),
  };
  return <BureauOverviewPanels data={data} />;
}
