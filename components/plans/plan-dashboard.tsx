import { PortalLink } from "@/components/ui/portal-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import { Table } from "@/components/ui/table";
import { formatPercent } from "@/components/dashboard/percent";
import { type DashboardPlanIssue, type getPlanDashboard, planNodeLabel } from "@/lib/data/plans";
import { type PlanNodeFigures, splitByBureau } from "@/lib/domain/plan-aggregates";
import { gradeColumns } from "@/lib/domain/kpi-evaluation";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { GradeChart } from "@/components/charts/lazy";

type Dashboard = NonNullable<Awaited<ReturnType<typeof getPlanDashboard>>>;
const cell = "p-2 tabular-nums";

/** Per node: the grade distribution as a chart and a table, then each node's issues and indicators, linked. */
export function PlanDashboardView({ dashboard, t, locale }: { dashboard: Dashboard; t: Translate; locale: Locale }) {
  const { plan, figures, issues } = dashboard;
  if (!plan) return <p className="text-slate-600">{t("planDashboard.noPlan")}</p>;
  const gradeLabel = (column: (typeof gradeColumns)[number]) => (column === "UNRATED" ? t("planDashboard.unrated") : column);
  const rows = plan.nodes.map((node) => ({ node, figures: figures.get(node.id)! })).filter((row) => row.figures !== undefined);
  const bars = rows.map(({ node, figures: f }) => ({ label: planNodeLabel(node), ...f.grades }));
  const total = rows.filter((row) => row.node.level === 0).reduce((sum, row) => sum + row.figures.indicators.length, 0);
  return (
    <div className="space-y-6">
      <section aria-labelledby="plan-grades" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="plan-grades" className="text-lg font-bold">{t("planDashboard.grades")}</h2>
        {issues.length === 0 ? (
          <p className="text-sm text-slate-600">{t("planDashboard.nothingLinked")}</p>
        ) : (
          <GradeChart bars={bars} labels={{ A: "A", B: "B", C: "C", D: "D", UNRATED: t("planDashboard.unrated") }} summary={t("planDashboard.chartSummary", { nodes: rows.length, indicators: total })} />
        )}
        <Table columns={[t("planDashboard.node"), ...gradeColumns.map(gradeLabel), t("planDashboard.issues"), t("planDashboard.notReported"), t("dashboard.completenessShare")]}>
          {rows.map(({ node, figures: f }) => (
            <tr key={node.id} className="border-b border-slate-200" data-testid="plan-node-row">
              <th scope="row" className="p-2 text-left font-medium" style={{ paddingInlineStart: `${0.5 + node.depth * 1.25}rem` }}>
                <a href={`#node-${node.id}`} className="text-blue-800 underline">{planNodeLabel(node)}</a>
                {node.retiredAt && <span className="ml-1 text-xs text-slate-700">{t("text.paren", { text: t("plan.retired") })}</span>}
              </th>
              {gradeColumns.map((column) => <td key={column} className={cell}>{f.grades[column]}</td>)}
              <td className={cell}>{f.issues.length}</td>
              <td className={cell}>{f.notReported}</td>
              <td className={cell}>{formatPercent(f.completeness)}</td>
            </tr>
          ))}
        </Table>
      </section>

      {rows.filter((row) => row.figures.issues.length > 0).map(({ node, figures: f }) => (
        <section key={node.id} id={`node-${node.id}`} aria-labelledby={`node-title-${node.id}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`node-title-${node.id}`} className="text-lg font-bold">
            <span className="mr-2 text-sm font-normal text-slate-600">{plan.levelNames[node.level] ?? ""}</span>
            {planNodeLabel(node)}
          </h2>
          <p className="text-sm text-slate-700">
            {t("planDashboard.statusLine", { issues: f.issues.length, notReported: f.notReported, completeness: formatPercent(f.completeness) })}
          </p>
          {dashboard.bureau === null ? (
            <NodeByBureau node={node} figures={f} dashboard={dashboard} gradeLabel={gradeLabel} t={t} />
          ) : (
            <Table columns={[t("planDashboard.bureau"), t("dashboard.issue"), t("planDashboard.status"), t("planDashboard.indicatorGrades")]}>
              {f.issues.map((issue) => (
                <tr key={issue.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{issue.bureauName}</td>
                  <td className="p-2"><PortalLink href={`/issues/${issue.id}`} className="text-blue-800 underline">{issue.code} {issue.name}</PortalLink></td>
                  <td className="p-2">{issue.status ? <StatusBadge status={issue.status} t={t} /> : <span className="text-slate-600">{t("dashboard.noReport")}</span>}</td>
                  <td className="p-2">
                    <ul className="space-y-1">
                      {f.indicators.filter((row) => row.issue.id === issue.id).map(({ indicator }) => (
                        <li key={indicator.id}>{indicator.name} <KpiGradeBadge evaluation={indicator.evaluation} t={t} /></li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      ))}

      <section aria-labelledby="sdg-bureaus" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sdg-bureaus" className="text-lg font-bold">{t("planDashboard.sdgs")}</h2>
        <SdgTable dashboard={dashboard} t={t} locale={locale} />
      </section>
    </div>
  );
}

/**
 * City-wide, a node lists its bureaus, not every issue (480 issues made a page of
 * almost 1 MB): each bureau's row opens that bureau's dashboard at the same node.
 */
function NodeByBureau({ node, figures, dashboard, gradeLabel, t }: {
  node: { id: string };
  figures: PlanNodeFigures<DashboardPlanIssue>;
  dashboard: Dashboard;
  gradeLabel: (column: (typeof gradeColumns)[number]) => string;
  t: Translate;
}) {
  const drillDown = (bureauCode: string) => {
    const query = new URLSearchParams({ plan: dashboard.plan!.id, bureau: bureauCode, ...(dashboard.date ? { date: dashboard.date } : {}) });
    return `/plans?${query}#node-${node.id}`;
  };
  return (
    <>
      <p className="text-sm text-slate-700">{t("planDashboard.byBureau")}</p>
      <Table columns={[t("planDashboard.bureau"), t("planDashboard.issues"), ...gradeColumns.map(gradeLabel), t("planDashboard.notReported"), t("dashboard.completenessShare")]}>
        {splitByBureau(figures).map((row) => (
          <tr key={row.bureauCode} className="border-b border-slate-200" data-testid="plan-node-bureau-row">
            <th scope="row" className="p-2 text-left font-normal">
              <PortalLink href={drillDown(row.bureauCode)} aria-label={t("planDashboard.openBureau", { bureau: row.bureauName })} className="text-blue-800 underline">{row.bureauName}</PortalLink>
            </th>
            <td className={cell}>{row.issues}</td>
            {gradeColumns.map((column) => <td key={column} className={cell}>{row.grades[column]}</td>)}
            <td className={cell}>{row.notReported}</td>
            <td className={cell}>{formatPercent(row.completeness)}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}

function SdgTable({ dashboard, t, locale }: { dashboard: Dashboard; t: Translate; locale: Locale }) {
  return (
    <Table columns={[t("planDashboard.goal"), ...dashboard.sdgBureaus.map((bureau) => bureau.name), t("dashboard.total")]}>
      {dashboard.sdgs.map((goal) => (
        <tr key={goal.number} className="border-b border-slate-200">
          <th scope="row" className="p-2 text-left font-normal">
            <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm align-middle" style={{ backgroundColor: goal.colour }} />
            {t("plan.goal", { number: goal.number, name: locale === "en" ? goal.nameEn : goal.nameJa })}
          </th>
          {dashboard.sdgBureaus.map((bureau) => <td key={bureau.id} className={cell}>{goal.counts.get(bureau.id) ?? 0}</td>)}
          <td className={`${cell} font-bold`}>{goal.total}</td>
        </tr>
      ))}
    </Table>
  );
}
