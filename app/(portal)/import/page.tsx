import { ImportForm } from "@/components/import/import-form";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { EmptyState } from "@/components/ui/empty-state";
import { createBureauFromTitleAction } from "@/lib/actions/import";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listReadableBureaus } from "@/lib/data/documents";
import { fiscalYearOf, japanDateOf } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function ImportPage() {
  const user = await requirePermission("document.import");
  const { t } = await getTranslator();
  // A deactivated bureau takes no new document.
  const bureaus = (await listReadableBureaus(user)).filter((b) => b.active && can(user, "document.import", { bureauId: b.id }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("import.title")}</h1>
      <p className="text-slate-700">{t("import.lead")}</p>
      {bureaus.length === 0 ? (
        <EmptyState>{t("home.noBureau")}</EmptyState>
      ) : (
        <ImportForm bureaus={bureaus.map(({ id, name }) => ({ id, name }))} defaultFiscalYear={fiscalYearOf(japanDateOf(new Date()))} />
      )}
      {can(user, "organisation.manage") && (
        <section aria-labelledby="new-bureau-from-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="new-bureau-from-title" className="text-lg font-semibold">{t("import.newBureauTitle")}</h2>
          <p className="text-sm text-slate-700">{t("import.newBureauLead")}</p>
          <OrganisationForm action={createBureauFromTitleAction} idPrefix="bureau-from-title" legend={t("import.newBureauTitle")}
            fields={[{ name: "text", label: t("import.newBureauText"), multiline: true }, { name: "code", label: t("organisation.code") }]}
            submitLabel={t("import.newBureauCheck")} confirm={{ summaryKey: "import.newBureauConfirm", label: t("import.newBureauCreate") }} />
        </section>
      )}
    </section>
  );
}
