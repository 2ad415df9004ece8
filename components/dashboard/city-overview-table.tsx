import { PortalLink } from "@/components/ui/portal-link";
import { Table } from "@/components/ui/table";
import type { CityOverview } from "@/lib/data/city-overview";
import { progressStatuses, workflowStates } from "@/lib/domain/progress-rules";
import type { Translate } from "@/lib/i18n/messages";
import { formatPercent } from "./percent";

const cell = "p-2 tabular-nums";

/** Every bureau and ward for one reporting date: completeness (bar and figure) and counts. */
export function CityOverviewTable({ overview, t }: { overview: CityOverview; t: Translate }) {
  return (
    <Table
      columns={[
        t("home.bureau"),
        t("dashboard.period"),
        t("dashboard.completenessShare"),
        t("dashboard.noReport"),
        ...workflowStates.map((s) => t(`workflow.${s}`)),
        ...progressStatuses.map((s) => t(`status.${s}`)),
        t("dashboard.overdueCount"),
      ]}
    >
      {overview.rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-200" data-testid="city-row">
          <th scope="row" className="p-2 text-left whitespace-nowrap">
            <PortalLink href={`/dashboard?bureau=${row.code}${overview.date ? `&date=${overview.date}` : ""}`} className="text-blue-800 underline">{row.name}</PortalLink>
          </th>
          <td className="p-2 whitespace-nowrap">{row.period ? t(`periods.status.${row.period.status}`) : t("dashboard.notOpened")}</td>
          <td className={`${cell} min-w-36`}>
            {row.total === 0 ? "—" : (
              <div className="flex items-center gap-2">
                <div className="h-2 w-20 rounded bg-slate-200" aria-hidden="true">
                  <div className="h-2 rounded bg-blue-700" style={{ width: formatPercent(row.completeness) }} />
                </div>
                <span>{formatPercent(row.completeness)}</span>
              </div>
            )}
          </td>
          <td className={cell}>{row.notReported}</td>
          {workflowStates.map((s) => <td key={s} className={cell}>{row.byState[s]}</td>)}
          {progressStatuses.map((s) => <td key={s} className={cell}>{row.byStatus[s]}</td>)}
          <td className={`${cell} ${row.overdue > 0 ? "font-bold text-red-800" : ""}`}>{row.overdue}</td>
        </tr>
      ))}
    </Table>
  );
}
