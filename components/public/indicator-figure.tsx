import type { PublicIssue } from "@/lib/data/public-documents";
import { formatDateBoth } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

type Indicator = PublicIssue["indicators"][number];

const number = (value: number | null, locale: Locale) => (value === null ? "—" : value.toLocaleString(locale === "ja" ? "ja-JP" : "en-US"));

/**
 * An indicator's values as a bar chart drawn on the server (an SVG, no
 * script) with the target as a line, and the same numbers as a table: the
 * chart is an image for sighted readers, the table is what everyone can read.
 */
export function IndicatorFigure({ indicator, t, locale }: { indicator: Indicator; t: Translate; locale: Locale }) {
  const points = indicator.values.filter((v): v is { reportingDate: string; actual: number } => v.actual !== null);
  const top = Math.max(1, indicator.target ?? 0, indicator.baseline ?? 0, ...points.map((p) => p.actual));
  const width = 320;
  const height = 120;
  const bar = points.length === 0 ? 0 : Math.min(60, (width - 20) / points.length - 8);
  return (
    <figure className="space-y-2">
      {points.length > 0 && (
        <svg role="img" aria-label={t("public.chart", { name: indicator.name })} viewBox={`0 0 ${width} ${height + 20}`} className="h-auto w-full max-w-sm">
          {points.map((p, i) => {
            const h = Math.max(1, (p.actual / top) * height);
            return <rect key={p.reportingDate} x={10 + i * (bar + 8)} y={height - h} width={bar} height={h} fill="#1e40af" />;
          })}
          {indicator.target !== null && <line x1={0} x2={width} y1={height - (indicator.target / top) * height} y2={height - (indicator.target / top) * height} stroke="#b91c1c" strokeDasharray="4 3" />}
          <line x1={0} x2={width} y1={height} y2={height} stroke="#334155" />
        </svg>
      )}
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="text-left font-semibold">{t("public.chartTable", { name: indicator.name })}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-1">{t("dashboard.reportingDate")}</th>
            <th scope="col" className="p-1">{t("indicator.actual")}（{indicator.unit}）</th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200">
            <th scope="row" className="p-1 text-left font-normal">{t("indicator.baseline")}{indicator.baselineLabel ? `（${indicator.baselineLabel}）` : ""}</th>
            <td className="p-1">{number(indicator.baseline, locale)}</td>
          </tr>
          {indicator.values.map((v) => (
            <tr key={v.reportingDate} className="border-b border-slate-200">
              <th scope="row" className="p-1 text-left font-normal">{formatDateBoth(v.reportingDate, locale)}</th>
              <td className="p-1">{number(v.actual, locale)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="p-1 text-left font-normal">{t("indicator.target")}{indicator.targetFiscalYear ? `（${indicator.targetFiscalYear}）` : ""}</th>
            <td className="p-1">{number(indicator.target, locale)}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
