"use client";
import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { ShareChart, StackedBarChart } from "@/components/charts/lazy";
import { useT } from "@/components/i18n-provider";
import { Table } from "@/components/ui/table";
import { type ShownDateCompleteness, shareOf } from "@/lib/domain/completeness-trend";
import { progressStatuses } from "@/lib/domain/progress-rules";
import { formatPercent } from "./percent";

// The charts of the bureau overview and the city view. Each draws figures a
// table next to it lists in full, from the same rows. Client components: the
// rows travel once as data, not as table markup in the RSC payload (issue 17).

/** The status badges' hues; 未報告 in grey. */
const statusColours: Record<ProgressStatus, string> = {
  NOT_STARTED: "#64748b",
  ON_TRACK: "#15803d",
  PARTLY_DELAYED: "#b45309",
  DELAYED: "#b91c1c",
  COMPLETED: "#1d4ed8",
};

export interface AreaStatusRow {
  label: string;
  counts: Record<ProgressStatus, number>;
  /** Issues not counted in any status (未報告). */
  none: number;
}

/** Issues by area, stacked by status, with 未報告 last. */
export function AreaStatusChart({ areas }: { areas: readonly AreaStatusRow[] }) {
  const t = useT();
  return (
    <StackedBarChart
      bars={areas.map((area) => ({ label: area.label, values: [...progressStatuses.map((s) => area.counts[s]), area.none] }))}
      series={[...progressStatuses.map((s) => ({ name: t(`status.${s}`), colour: statusColours[s] })), { name: t("dashboard.noReport"), colour: "#94a3b8" }]}
      summary={t("charts.areaStatusSummary", { count: areas.length })}
    />
  );
}

const cell = "p-2 tabular-nums";

/** Submitted and approved shares at each reporting date: a line chart and its table (dates formatted by the server: withShownDates). */
export function CompletenessTrend({ rows }: { rows: readonly ShownDateCompleteness[] }) {
  const t = useT();
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("dashboard.noReports")}</p>;
  return (
    <>
      <ShareChart
        points={rows.map((row) => ({ label: row.axis, values: [shareOf(row.submitted, row.expected), shareOf(row.approved, row.expected)] }))}
        series={[{ name: t("charts.submittedShare"), colour: "#1d4ed8" }, { name: t("dashboard.completenessShare"), colour: "#15803d" }]}
        summary={t("charts.completenessSummary", { count: rows.length })}
      />
      <Table scrollLabel={t("charts.completenessTable")} columns={[t("dashboard.reportingDate"), t("charts.expected"), t("charts.submitted"), t("charts.submittedShare"), t("workflow.APPROVED"), t("dashboard.completenessShare")]}>
        {rows.map((row) => (
          <tr key={row.date} className="border-b border-slate-200" data-testid="completeness-row">
            <th scope="row" className="p-2 text-left font-normal whitespace-nowrap"><time dateTime={row.date}>{row.shown}</time></th>
            <td className={cell}>{row.expected}</td>
            <td className={cell}>{row.submitted}</td>
            <td className={cell}>{formatPercent(shareOf(row.submitted, row.expected))}</td>
            <td className={cell}>{row.approved}</td>
            <td className={cell}>{formatPercent(shareOf(row.approved, row.expected))}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
