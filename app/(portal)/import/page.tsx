import { ImportForm } from "@/components/import/import-form";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listReadableBureaus } from "@/lib/data/documents";
import { fiscalYearOf, japanDateOf } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function ImportPage() {
  const user = await requirePermission("document.import");
  const { t } = await getTranslator();
  const bureaus = (await listReadableBureaus(user)).filter((b) => can(user, "document.import", { bureauId: b.id }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("import.title")}</h1>
      <p className="text-slate-700">{t("import.lead")}</p>
      {bureaus.length === 0 ? (
        <EmptyState>{t("home.noBureau")}</EmptyState>
      ) : (
        <ImportForm bureaus={bureaus.map(({ id, name }) => ({ id, name }))} defaultFiscalYear={fiscalYearOf(japanDateOf(new Date()))} />
      )}
    </section>
  );
}
