import { UserImportForm } from "@/components/users/user-import-form";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export default async function UserImportPage() {
  await requirePermission("user.import");
  const { t } = await getTranslator();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("userImport.title")}</h1>
      <p className="text-sm text-slate-600">{t("userImport.lead")}</p>
      <UserImportForm />
    </section>
  );
}
