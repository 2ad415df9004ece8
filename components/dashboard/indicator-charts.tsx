import { PortalLink } from "@/components/ui/portal-link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getIndicatorHistory } from "@/lib/data/dashboard";
import { formatFiscalYear } from "@/lib/domain/dates";
import { evaluateReported } from "@/lib/domain/kpi-evaluation";
import { readEnv } from "@/lib/env";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import { getTranslator } from "@/lib/i18n/server";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { IndicatorChart } from "@/components/charts/lazy";

const valueText = (value: number | null, unit: string, none: string) => (value === null ? none : `${value}${unit}`);

/** A chart per indicator of the filtered issues, each followed by its data as a table. */
export async function IndicatorCharts({ scope, filters }: { scope: DashboardScope; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const history = await getIndicatorHistory(scope, filters);
  const thresholds = readEnv().KPI_GRADE_THRESHOLDS;
  if (!history || history.length === 0) return <EmptyState>{t("dashboard.noIndicators")}</EmptyState>;
  return (
    <div className="space-y-6">
      {history.map((issue) => (
        <section key={issue.id} aria-labelledby={`indicators-${issue.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`indicators-${issue.id}`} className="text-lg font-bold">
            <PortalLink href={`/issues/${issue.id}`} className="text-blue-800 underline">{issue.code} {issue.name}</PortalLink>
          </h2>
          {issue.indicators.map((indicator) => {
            const none = t("dashboard.noValue");
            const summary = t("dashboard.chartSummary", {
              name: indicator.name,
              count: indicator.points.length,
              latest: valueText(indicator.points.at(-1)?.actual ?? null, indicator.unit, none),
              target: valueText(indicator.target, indicator.unit, none),
            });
            return (
              <figure key={indicator.id} className="space-y-2" data-testid="indicator-chart">
                <figcaption className="font-medium">
                  {indicator.name}
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    {t("indicator.baseline")}{t("text.colon")}{valueText(indicator.baseline, indicator.unit, none)}
                    {indicator.baselineLabel && t("text.paren", { text: indicator.baselineLabel })}{t("text.separator")}{t("indicator.target")}{t("text.colon")}{valueText(indicator.target, indicator.unit, none)}
                    {indicator.targetFiscalYear !== null && t("text.paren", { text: formatFiscalYear(indicator.targetFiscalYear, locale) })}
                  </span>
                </figcaption>
                {indicator.points.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("dashboard.noValues")}</p>
                ) : (
                  <>
                    <IndicatorChart
                      points={indicator.points}
                      baseline={indicator.baseline}
                      target={indicator.target}
                      unit={indicator.unit}
                      labels={{ actual: t("dashboard.actual"), baseline: t("indicator.baseline"), target: t("indicator.target"), summary }}
                    />
                    <table className="w-full border-collapse text-sm">
                      <caption className="sr-only">{t("dashboard.chartTable", { name: indicator.name })}</caption>
                      <thead>
                        <tr className="border-b border-slate-300 text-left">
                          <th scope="col" className="p-2">{t("dashboard.reportingDate")}</th>
                          <th scope="col" className="p-2">{t("dashboard.actual")}</th>
                          <th scope="col" className="p-2">{t("kpi.grade")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {indicator.points.map((point) => (
                          <tr key={point.date} className="border-b border-slate-200">
                            <th scope="row" className="p-2 text-left font-normal"><FormattedDate date={point.date} locale={locale} /></th>
                            <td className="p-2 tabular-nums">{valueText(point.actual, indicator.unit, none)}</td>
                            <td className="p-2"><KpiGradeBadge evaluation={evaluateReported(indicator, { ...point, reportingDate: point.date }, thresholds)} t={t} /></td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
              </figure>
            );
          })}
        </section>
      ))}
    </div>
  );
}
