import { Table } from "@/components/ui/table";
import type { IssueDetail } from "@/lib/data/issues";
import { formatDateBoth } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { PlannedWhen } from "./planned-when";

export function MilestoneList({ milestones, t, locale }: { milestones: IssueDetail["milestones"]; t: Translate; locale: Locale }) {
  if (milestones.length === 0) return <p className="text-slate-600">{t("issue.noMilestones")}</p>;
  return (
    <Table columns={[t("milestone.title"), t("milestone.planned"), t("milestone.state")]}>
        {milestones.map((m) => (
          <tr key={m.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 text-left font-normal">{m.title}</th>
            <td className="p-2"><PlannedWhen milestone={m} locale={locale} /></td>
            <td className="p-2">
              {m.doneDate ? (
                <span className="text-green-900">✓ {t("milestone.done", { date: formatDateBoth(m.doneDate, locale) })}</span>
              ) : (
                t("milestone.open")
              )}
            </td>
          </tr>
        ))}
    </Table>
  );
}
