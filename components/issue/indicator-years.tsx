import { YearOverYearChart } from "@/components/charts/lazy";
import { EmptyState } from "@/components/ui/empty-state";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import { Table } from "@/components/ui/table";
import type { IssueYears } from "@/lib/data/issue-years";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { GradeThresholds } from "@/lib/domain/kpi-evaluation";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { formatIndicatorValue } from "./indicator-table";

/** The issue's indicators across the fiscal years of its lineage: one chart of rates and grades, and the table it draws. */
export function IndicatorYears({ years, thresholds, t, locale }: { years: IssueYears; thresholds: GradeThresholds; t: Translate; locale: Locale }) {
  if (years.indicators.length === 0) return <p className="text-slate-600">{t("issue.noIndicators")}</p>;
  const yearLabel = (fiscalYear: number) => formatFiscalYear(fiscalYear, locale);
  const first = years.years[0]!;
  const last = years.years.at(-1)!;
  return (
    <div className="space-y-3" data-testid="indicator-years">
      {years.years.length < 2 ? (
        <EmptyState>{t("issueYears.oneYear", { year: yearLabel(first) })}</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("issueYears.axis")}</p>
          <YearOverYearChart
            years={years.years.map((fiscalYear, index) => ({
              label: yearLabel(fiscalYear),
              points: years.indicators.map(({ points }) => {
                const { evaluation } = points[index]!;
                return evaluation.rated ? { rate: evaluation.rate, grade: evaluation.grade } : null;
              }),
            }))}
            indicators={years.indicators.map((indicator) => indicator.name)}
            thresholds={(["a", "b", "c"] as const).map((grade) => ({ rate: thresholds[grade], label: t("issueYears.threshold", { grade: grade.toUpperCase(), rate: thresholds[grade] }) }))}
            summary={t("issueYears.summary", { count: years.years.length, from: yearLabel(first), to: yearLabel(last), indicators: years.indicators.length })}
          />
        </>
      )}
      <Table columns={[t("indicator.name"), t("issueYears.fiscalYear"), t("dashboard.actual"), t("indicator.target"), t("kpi.grade")]}>
        {years.indicators.flatMap((indicator) =>
          indicator.points.map((point, index) => (
            <tr key={`${indicator.name}-${point.fiscalYear}`} className="border-b border-slate-200" data-testid="indicator-year-row">
              {index === 0 && (
                <th scope="rowgroup" rowSpan={indicator.points.length} className="p-2 text-left align-top font-medium">{indicator.name}</th>
              )}
              <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">{yearLabel(point.fiscalYear)}</th>
              <td className="p-2 tabular-nums">{formatIndicatorValue(point.actual, indicator.unit, t)}</td>
              <td className="p-2 tabular-nums">{formatIndicatorValue(point.target, indicator.unit, t)}</td>
              <td className="p-2"><KpiGradeBadge evaluation={point.evaluation} t={t} /></td>
            </tr>
          )),
        )}
      </Table>
    </div>
  );
}
