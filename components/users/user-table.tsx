import { PortalLink } from "@/components/ui/portal-link";
import { Table } from "@/components/ui/table";
import type { Role } from "@/generated/prisma/sqlite/enums";
import type { Translate } from "@/lib/i18n/messages";

interface Row {
  id: string; name: string; email: string; role: Role; active: boolean; hasPassword: boolean;
  bureau: { name: string } | null; section: { name: string } | null;
}

export function UserTable({ users, t }: { users: Row[]; t: Translate }) {
  return (
    <Table columns={[t("users.name"), t("users.email"), t("users.role"), t("users.bureau"), t("users.section"), t("users.state")]}>
      {users.map((user) => (
        <tr key={user.id} className="border-b border-slate-200" data-testid="user-row">
          <th scope="row" className="p-2 text-left font-normal">
            <PortalLink href={`/admin/users/${user.id}`} className="text-blue-800 underline">{user.name}</PortalLink>
          </th>
          <td className="p-2">{user.email}</td>
          <td className="p-2">{t(`role.${user.role}`)}</td>
          <td className="p-2">{user.bureau?.name ?? t("users.cityLevel")}</td>
          <td className="p-2">{user.section?.name ?? "—"}</td>
          <td className="p-2">{!user.active ? t("users.inactive") : user.hasPassword ? t("users.active") : t("users.invited")}</td>
        </tr>
      ))}
    </Table>
  );
}
