import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export default async function ChangePasswordPage() {
  const user = await requirePermission("account.password");
  const { t } = await getTranslator();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("password.changeTitle")}</h1>
      <ChangePasswordForm email={user.email} />
    </section>
  );
}
