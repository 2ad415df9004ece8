import { Table } from "@/components/ui/table";
import type { CityOverview } from "@/lib/data/city-overview";
import { progressStatuses } from "@/lib/domain/progress-rules";
import type { Translate } from "@/lib/i18n/messages";
import { AreaStatusChart } from "./progress-charts";

const cell = "p-2 tabular-nums";

/** The city's reports for the date by area (Ａ/Ｂ/Ｃ領域) and status: stacked bars and their table. */
export function CityAreaStatus({ areas, t }: { areas: CityOverview["areas"]; t: Translate }) {
  const rows = areas.map(({ code, counts }) => ({ label: t("dashboard.areaName", { code }), counts: counts.byStatus, none: counts.notReported, total: counts.total }));
  return (
    <>
      <p className="text-sm text-slate-700">{t("city.areaStatusNote")}</p>
      <AreaStatusChart areas={rows} />
      <Table columns={[t("dashboard.area"), ...progressStatuses.map((s) => t(`status.${s}`)), t("dashboard.noReport"), t("dashboard.total")]}>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-slate-200" data-testid="city-area-row">
            <th scope="row" className="p-2 text-left">{row.label}</th>
            {progressStatuses.map((s) => <td key={s} className={cell}>{row.counts[s]}</td>)}
            <td className={cell}>{row.none}</td>
            <td className={`${cell} font-bold`}>{row.total}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
