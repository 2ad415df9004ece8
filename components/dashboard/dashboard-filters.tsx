import Link from "next/link";
import { NarrowDisclosure } from "@/components/ui/narrow-disclosure";
import { SelectField } from "@/components/ui/select-field";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import type { FilterOptions } from "@/lib/data/issue-filters";
import { formatDateBoth, formatFiscalYear } from "@/lib/domain/dates";
import { progressStatuses } from "@/lib/domain/progress-rules";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { countActiveDashboardFilters } from "@/lib/validation/active-dashboard-filters";
import type { DashboardFilters as Filters } from "@/lib/validation/dashboard";

/**
 * A GET form: every filter lives in the URL, so a filtered view can be
 * bookmarked, shared and reloaded. Works by keyboard. On a phone it folds
 * behind a 「絞り込み」 button that says how many filters are in force, so the
 * first screen shows the dashboard, not the form.
 */
export function DashboardFilters({ path, scope, options, filters, t, locale }: {
  path: string;
  scope: DashboardScope;
  options: FilterOptions;
  filters: Filters;
  t: Translate;
  locale: Locale;
}) {
  const areas = ["A", "B", "C"];
  const active = countActiveDashboardFilters(filters);
  return (
    <div className="flex flex-col items-start gap-2">
      <NarrowDisclosure
        button={active > 0 ? t("dashboard.filtersActive", { count: active }) : t("dashboard.filters")}
        buttonClassName="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        panelClassName="w-full"
        panelTestId="dashboard-filter-panel"
      >
        <form method="get" action={path} role="search" aria-label={t("dashboard.filters")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <SelectField label={t("home.bureau")} name="bureau" value={scope.bureau?.code} options={scope.bureaus.map((b) => ({ value: b.code, label: b.name }))} />
          <SelectField
            label={t("home.fiscalYear")}
            name="fy"
            value={filters.fy}
            allLabel={t("dashboard.latest")}
            options={scope.fiscalYears.map((y) => ({ value: y, label: formatFiscalYear(y, locale) }))}
          />
          <SelectField
            label={t("dashboard.reportingDate")}
            name="date"
            value={filters.date}
            allLabel={t("dashboard.latest")}
            options={scope.periods.map((p) => ({ value: p.asOfDate, label: formatDateBoth(p.asOfDate, locale) }))}
          />
          <SelectField label={t("dashboard.area")} name="area" value={filters.area} allLabel={t("dashboard.all")} options={areas.map((a) => ({ value: a, label: t("dashboard.areaName", { code: a }) }))} />
          <SelectField label={t("dashboard.status")} name="status" value={filters.status} allLabel={t("dashboard.all")} options={progressStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <SelectField label={t("dashboard.section")} name="section" value={filters.section} allLabel={t("dashboard.all")} options={options.sections.map((s) => ({ value: s.id, label: s.name }))} />
          <SelectField label={t("issue.partners")} name="partner" value={filters.partner} allLabel={t("dashboard.all")} options={options.partners.map((p) => ({ value: p.id, label: p.name }))} />
          <label className="flex items-center gap-2 self-center pt-5">
            <input type="checkbox" name="affiliated" value="1" defaultChecked={filters.affiliated} className="h-4 w-4" />
            {t("dashboard.affiliatedOnly")}
          </label>
          <label className="flex flex-col gap-1">
            {t("dashboard.search")}
            <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} placeholder={t("dashboard.searchPlaceholder")} className="w-56 rounded border border-slate-300 px-2 py-1" />
          </label>
          <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("dashboard.apply")}</button>
          <Link href={`${path}?bureau=${scope.bureau?.code ?? ""}`} className="self-center pt-5 text-blue-800 underline">{t("dashboard.reset")}</Link>
        </form>
      </NarrowDisclosure>
    </div>
  );
}
