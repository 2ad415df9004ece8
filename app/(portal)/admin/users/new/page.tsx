import { UserForm } from "@/components/users/user-form";
import { Role } from "@/generated/prisma/sqlite/enums";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listPlaceableBureaus } from "@/lib/data/user-admin";
import { getTranslator } from "@/lib/i18n/server";

export default async function NewUserPage() {
  const user = await requirePermission("user.manage");
  const { t } = await getTranslator();
  const all = can(user, "user.manageAll");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("users.new")}</h1>
      <p className="text-sm text-slate-600">{t("users.newLead")}</p>
      <UserForm bureaus={await listPlaceableBureaus(user)} roles={all ? Object.values(Role) : ["STAFF"]} cityLevel={all} />
    </section>
  );
}
