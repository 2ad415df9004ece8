import { PortalLink } from "@/components/ui/portal-link";
import { notFound } from "next/navigation";
import { UserForm } from "@/components/users/user-form";
import { UserStatusControls } from "@/components/users/user-status-controls";
import { Role } from "@/generated/prisma/sqlite/enums";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { getManagedUser, listPlaceableBureaus } from "@/lib/data/user-admin";
import { getTranslator } from "@/lib/i18n/server";

export default async function EditUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requirePermission("user.manage");
  const { t } = await getTranslator();
  const { userId } = await params;
  const user = await readOrForbidden(getManagedUser(actor, userId));
  if (!user) notFound();
  const all = can(actor, "user.manageAll");
  return (
    <section className="space-y-4">
      <PortalLink href="/admin/users" className="text-sm text-blue-800 underline">{t("users.back")}</PortalLink>
      <h1 className="text-2xl font-bold">{user.name}</h1>
      <UserForm user={user} bureaus={await listPlaceableBureaus(actor)} roles={all ? Object.values(Role) : ["STAFF"]} cityLevel={all} />
      <UserStatusControls userId={user.id} active={user.active} hasPassword={user.hasPassword} self={user.id === actor.id} />
    </section>
  );
}
