import { PortalLink } from "@/components/ui/portal-link";
import { SelectField } from "@/components/ui/select-field";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import type { listAuditFilterOptions } from "@/lib/data/audit-log";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";
import type { AuditFilters as Filters } from "@/lib/validation/audit";

type Options = Awaited<ReturnType<typeof listAuditFilterOptions>>;

/** The log's filters as a GET form, so a filtered view is a URL. */
export function AuditFilters({ filters, options, t, locale }: { filters: Filters; options: Options; t: Translate; locale: Locale }) {
  const dateField = (name: "from" | "to", label: string) => (
    <label className="flex flex-col gap-1">
      {label}
      <input type="date" name={name} defaultValue={filters[name] ?? ""} className="rounded border border-slate-300 px-2 py-1" />
    </label>
  );
  return (
    <form method="get" role="search" aria-label={t("audit.filters")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {dateField("from", t("audit.from"))}
      {dateField("to", t("audit.to"))}
      <SelectField label={t("audit.column.actor")} name="user" value={filters.user} allLabel={t("dashboard.all")} options={options.users.map((u) => ({ value: u.id, label: `${u.name}${t("text.paren", { text: u.email })}` }))} />
      <SelectField label={t("home.bureau")} name="bureau" value={filters.bureau} allLabel={t("dashboard.all")} options={options.bureaus.map((b) => ({ value: b.code, label: b.name }))} />
      {options.issues.length > 0 && (
        <SelectField label={t("dashboard.issue")} name="issue" value={filters.issue} allLabel={t("dashboard.all")} options={options.issues.map((i) => ({ value: i.id, label: `${formatFiscalYear(i.document.fiscalYear, locale)} ${i.code} ${i.name}` }))} />
      )}
      <SelectField label={t("audit.column.action")} name="action" value={filters.action} allLabel={t("dashboard.all")} options={options.actions.map((a) => ({ value: a, label: auditActionLabel(a, t) }))} />
      <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("dashboard.apply")}</button>
      <PortalLink href="/audit" className="self-center text-blue-800 underline">{t("dashboard.reset")}</PortalLink>
    </form>
  );
}
