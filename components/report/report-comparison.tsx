import { formatIndicatorValue } from "@/components/issue/indicator-table";
import { Table } from "@/components/ui/table";
import type { ReportPage } from "@/lib/data/reports";
import { formatDateBoth, formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** "基準値 3サイト（令和5年度末）・目標 10サイト（令和9年度）・前回 5サイト": what an actual is read against. */
export function indicatorYardsticks(indicator: ReportPage["indicators"][number], hasPrevious: boolean, t: Translate, locale: Locale): string {
  const value = (v: number | null) => (v === null ? t("report.valueNone") : formatIndicatorValue(v, indicator.unit, t));
  const parts = [
    t("report.indicatorBaseline", { value: `${value(indicator.baseline)}${indicator.baselineLabel ? t("text.paren", { text: indicator.baselineLabel }) : ""}` }),
    t("report.indicatorTarget", { value: `${value(indicator.target)}${indicator.targetFiscalYear === null ? "" : t("text.paren", { text: formatFiscalYear(indicator.targetFiscalYear, locale) })}` }),
  ];
  if (hasPrevious) parts.push(t("report.indicatorPrevious", { value: value(indicator.previousActual) }));
  return parts.join(t("text.separator"));
}

interface Row {
  key: string;
  label: string;
  before: string;
  after: string;
}

/**
 * What this report says against the previous one, item by item: progress
 * status, each indicator's actual and each milestone's done date. The author
 * sees what was submitted; a reviewer sees what changed.
 */
export function ReportComparison({ page, previousLabel, t, locale }: { page: ReportPage; previousLabel: string | null; t: Translate; locale: Locale }) {
  const { report, previous } = page;
  const hasPrevious = previous !== null;
  const date = (d: string | null) => (d === null ? t("report.notDone") : formatDateBoth(d, locale));
  const rows: Row[] = [
    { key: "status", label: t("report.status"), before: previous ? t(`status.${previous.status}`) : "", after: t(`status.${report.status}`) },
    ...page.indicators.map((i) => ({
      key: i.id,
      label: t("report.indicatorActual", { name: i.name, unit: i.unit }),
      before: formatIndicatorValue(i.previousActual, i.unit, t),
      after: formatIndicatorValue(i.actual, i.unit, t),
    })),
    ...page.milestones.map((m) => ({ key: m.id, label: t("report.milestoneDoneShort", { title: m.title }), before: date(m.previousDoneDate), after: date(m.doneDate) })),
  ];
  return (
    <section aria-labelledby="report-changes" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="report-changes">
      <h2 id="report-changes" className="mb-2 font-bold">{hasPrevious && previousLabel ? t("report.changes", { previous: previousLabel }) : t("report.changesAfter")}</h2>
      <Table columns={hasPrevious ? [t("report.changesItem"), t("report.changesBefore"), t("report.changesAfter")] : [t("report.changesItem"), t("report.changesAfter")]}>
        {rows.map((row) => {
          const changed = hasPrevious && row.before !== row.after;
          return (
            <tr key={row.key} className={`border-b border-slate-200 ${changed ? "bg-amber-50" : ""}`} data-testid="change-row">
              <th scope="row" className="p-2 text-left font-medium">{row.label}</th>
              {hasPrevious && <td className="p-2">{row.before}</td>}
              <td className="p-2">
                {row.after}
                {changed && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-950">{t("report.changed")}</span>}
              </td>
            </tr>
          );
        })}
      </Table>
    </section>
  );
}
