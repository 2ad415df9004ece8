import { BureauBriefingBooks } from "@/components/export/bureau-briefing-books";
import { ExportLinks } from "@/components/export/export-links";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import { SelectField } from "@/components/ui/select-field";
import { Table } from "@/components/ui/table";
import { can, isCityLevel } from "@/lib/auth/permissions";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { listBureauBriefingBooks } from "@/lib/data/briefing-books";
import { listReadableBureaus } from "@/lib/data/documents";
import { listExportDates } from "@/lib/data/export-data";
import { getTranslator } from "@/lib/i18n/server";

export default async function ExportsPage({ searchParams }: { searchParams: Promise<{ bureau?: string }> }) {
  const user = await requirePermission("export.run");
  const { t, locale } = await getTranslator();
  const query = await searchParams;
  const bureaus = (await listReadableBureaus(user)).filter((b) => can(user, "export.run", { bureauId: b.id }));
  const choices = [...(isCityLevel(user) ? [{ value: "all", label: t("export.allBureaus") }] : []), ...bureaus.map((b) => ({ value: b.code, label: b.name }))];
  const bureau = choices.find((c) => c.value === query.bureau)?.value ?? bureaus.find((b) => b.id === user.bureauId)?.code ?? choices[0]?.value;
  const dates = bureau ? await readOrForbidden(listExportDates(user, bureau)) : [];
  const chosen = bureaus.find((b) => b.code === bureau);
  const briefingBooks = chosen && can(user, "briefing.read", { bureauId: chosen.id }) ? await listBureauBriefingBooks(user, chosen.id) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("export.title")}</h1>
      <p className="text-sm text-slate-700">{t("export.lead")}</p>
      <form method="get" className="flex items-end gap-3 text-sm">
        <SelectField label={t("home.bureau")} name="bureau" value={bureau} options={choices} />
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{t("home.show")}</button>
      </form>
      {!bureau || dates.length === 0 ? (
        <EmptyState>{t("export.noDates")}</EmptyState>
      ) : (
        <Table columns={[t("dashboard.reportingDate"), t("export.download")]}>
          {dates.map((date) => (
            <tr key={date} className="border-b border-slate-200" data-testid="export-row">
              <th scope="row" className="p-2 text-left font-normal"><FormattedDate date={date} locale={locale} /></th>
              <td className="p-2"><ExportLinks bureau={bureau} date={date} t={t} /></td>
            </tr>
          ))}
        </Table>
      )}
      {briefingBooks && <BureauBriefingBooks books={briefingBooks} t={t} locale={locale} />}
    </div>
  );
}
