import { can } from "@/lib/auth/permissions";
import { PortalLink } from "@/components/ui/portal-link";
import { UserTable } from "@/components/users/user-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/select-field";
import { Role } from "@/generated/prisma/sqlite/enums";
import { requirePermission } from "@/lib/auth/session";
import { listManagedUsers, listPlaceableBureaus, USERS_PER_PAGE } from "@/lib/data/user-admin";
import { getTranslator } from "@/lib/i18n/server";
import { toQueryString, type SearchParams } from "@/lib/validation/search-params";
import { parseUserFilters } from "@/lib/validation/users";

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("user.manage");
  const { t } = await getTranslator();
  const filters = parseUserFilters(await searchParams);
  const [bureaus, { users, total }] = await Promise.all([listPlaceableBureaus(user), listManagedUsers(user, filters)]);
  const sections = bureaus.filter((b) => !filters.bureau || b.id === filters.bureau).flatMap((b) => b.sections.map((s) => ({ value: s.id, label: bureaus.length > 1 ? `${b.name} ${s.name}` : s.name })));
  const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  const { page, ...kept } = filters;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("users.title")}</h1>
        <PortalLink href="/admin/users/new" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">{t("users.new")}</PortalLink>
        {can(user, "user.import") && <PortalLink href="/admin/users/import" className="text-sm text-blue-800 underline">{t("userImport.link")}</PortalLink>}
      </div>
      <form method="get" role="search" aria-label={t("users.search")} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          {t("users.search")}
          <input type="search" name="q" defaultValue={filters.q} maxLength={100} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        {bureaus.length > 1 && <SelectField label={t("users.bureau")} name="bureau" value={filters.bureau} allLabel={t("users.all")} options={bureaus.map((b) => ({ value: b.id, label: b.name }))} />}
        <SelectField label={t("users.section")} name="section" value={filters.section} allLabel={t("users.all")} options={sections} />
        <SelectField label={t("users.role")} name="role" value={filters.role} allLabel={t("users.all")} options={Object.values(Role).map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <SelectField label={t("users.state")} name="active" value={filters.active} options={[
          { value: "active", label: t("users.filterActive") }, { value: "inactive", label: t("users.filterInactive") }, { value: "all", label: t("users.all") },
        ]} />
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1">{t("home.show")}</button>
      </form>
      <p className="text-sm text-slate-600" role="status">{t("users.count", { count: total })}</p>
      {users.length === 0 ? <EmptyState>{t("users.empty")}</EmptyState> : <UserTable users={users} t={t} />}
      {pages > 1 && (
        <nav aria-label={t("users.pages")} className="flex gap-3 text-sm">
          {page > 1 && <PortalLink href={`/admin/users${toQueryString({ ...kept, page: page - 1 })}`} className="text-blue-800 underline">{t("users.previous")}</PortalLink>}
          <span>{t("users.pageOf", { page, pages })}</span>
          {page < pages && <PortalLink href={`/admin/users${toQueryString({ ...kept, page: page + 1 })}`} className="text-blue-800 underline">{t("users.next")}</PortalLink>}
        </nav>
      )}
    </section>
  );
}
