import type { IssueDetail } from "@/lib/data/issues";
import { formatDateBoth, formatFiscalYearBoth } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

export function MilestoneList({ milestones, t, locale }: { milestones: IssueDetail["milestones"]; t: Translate; locale: Locale }) {
  if (milestones.length === 0) return <p className="text-slate-600">{t("issue.noMilestones")}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-3">{t("milestone.title")}</th>
          <th scope="col" className="py-2 pr-3">{t("milestone.planned")}</th>
          <th scope="col" className="py-2">{t("milestone.state")}</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          <tr key={m.id} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-3 text-left font-normal">{m.title}</th>
            <td className="py-2 pr-3">
              {m.plannedDate ? formatDateBoth(m.plannedDate, locale) : m.plannedFiscalYear !== null ? formatFiscalYearBoth(m.plannedFiscalYear, locale) : "—"}
            </td>
            <td className="py-2">
              {m.doneDate ? (
                <span className="text-green-900">✓ {t("milestone.done", { date: formatDateBoth(m.doneDate, locale) })}</span>
              ) : (
                t("milestone.open")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
