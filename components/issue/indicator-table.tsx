import { Table } from "@/components/ui/table";
import type { IssueDetail } from "@/lib/data/issues";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { FormattedDate } from "@/components/ui/formatted-date";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import { evaluateReported, type GradeThresholds } from "@/lib/domain/kpi-evaluation";

export function formatIndicatorValue(value: number | null, unit: string, t: Translate): string {
  return value === null ? t("indicator.noValue") : `${value.toLocaleString("ja-JP")}${unit}`;
}

export function IndicatorTable({ indicators, thresholds, t, locale }: { indicators: IssueDetail["indicators"]; thresholds: GradeThresholds; t: Translate; locale: Locale }) {
  if (indicators.length === 0) return <p className="text-slate-600">{t("issue.noIndicators")}</p>;
  return (
    <Table columns={[t("indicator.name"), t("indicator.actual"), t("indicator.baseline"), t("indicator.target"), t("indicator.direction")]}>
          {indicators.map((indicator) => (
            <tr key={indicator.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 text-left font-medium">{indicator.name}</th>
              <td className="p-2">
                <ul className="space-y-0.5">
                  {indicator.values.map((value) => (
                    <li key={value.period.asOfDate.toISOString()}>
                      <strong>{formatIndicatorValue(value.actual, indicator.unit, t)}</strong>{" "}
                      {value.carriedForward && <span className="rounded bg-amber-100 px-1 text-xs text-amber-950">{t("indicator.carriedForward")}</span>}{" "}
                      <span className="text-xs text-slate-600">(<FormattedDate date={value.period.asOfDate} locale={locale} />)</span>{" "}
                      <KpiGradeBadge evaluation={evaluateReported(indicator, { ...value, reportingDate: value.period.asOfDate }, thresholds)} t={t} />
                    </li>
                  ))}
                </ul>
              </td>
              <td className="p-2">
                {formatIndicatorValue(indicator.baseline, indicator.unit, t)}
                {indicator.baselineLabel && <div className="text-xs text-slate-600">{indicator.baselineLabel}</div>}
              </td>
              <td className="p-2">
                {formatIndicatorValue(indicator.target, indicator.unit, t)}
                {indicator.targetFiscalYear !== null && (
                  <div className="text-xs text-slate-600">{t("indicator.targetYear", { fiscalYear: formatFiscalYear(indicator.targetFiscalYear, locale) })}</div>
                )}
              </td>
              <td className="p-2">{t(`indicator.direction.${indicator.direction ?? "NONE"}`)}</td>
            </tr>
          ))}
    </Table>
  );
}
