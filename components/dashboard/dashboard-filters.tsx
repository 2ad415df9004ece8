"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useT } from "@/components/i18n-provider";
import { NarrowDisclosure } from "@/components/ui/narrow-disclosure";
import { SelectField } from "@/components/ui/select-field";
import { progressStatuses } from "@/lib/domain/progress-rules";
import { countActiveDashboardFilters } from "@/lib/validation/active-dashboard-filters";
import type { DashboardFilters as Filters } from "@/lib/validation/dashboard";

/** A select's choices as [value, label] pairs: the labels the server formatted (bureaus, dates, sections…). */
export type Choices = [value: string | number, label: string][];

const areas = ["A", "B", "C"];
const toOptions = (choices: Choices) => choices.map(([value, label]) => ({ value, label }));

/**
 * A GET form: every filter lives in the URL, so a filtered view can be
 * bookmarked, shared and reloaded. Works by keyboard. On a phone it folds
 * behind a 「絞り込み」 button that says how many filters are in force, so the
 * first screen shows the dashboard, not the form. A client component fed with
 * the choices as pairs: as server markup every option was sent twice (HTML and
 * RSC payload) on every dashboard view (issue 17).
 */
export function DashboardFilters({ path, bureau, choices, filters }: {
  path: string;
  bureau: string;
  choices: { bureaus: Choices; fiscalYears: Choices; dates: Choices; sections: Choices; partners: Choices };
  filters: Filters;
}) {
  const t = useT();
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
          <SelectField label={t("home.bureau")} name="bureau" value={bureau} options={toOptions(choices.bureaus)} />
          <SelectField label={t("home.fiscalYear")} name="fy" value={filters.fy} allLabel={t("dashboard.latest")} options={toOptions(choices.fiscalYears)} />
          <SelectField label={t("dashboard.reportingDate")} name="date" value={filters.date} allLabel={t("dashboard.latest")} options={toOptions(choices.dates)} />
          <SelectField label={t("dashboard.area")} name="area" value={filters.area} allLabel={t("dashboard.all")} options={areas.map((a) => ({ value: a, label: t("dashboard.areaName", { code: a }) }))} />
          <SelectField label={t("dashboard.status")} name="status" value={filters.status} allLabel={t("dashboard.all")} options={progressStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <SelectField label={t("dashboard.section")} name="section" value={filters.section} allLabel={t("dashboard.all")} options={toOptions(choices.sections)} />
          <SelectField label={t("issue.partners")} name="partner" value={filters.partner} allLabel={t("dashboard.all")} options={toOptions(choices.partners)} />
          <label className="flex items-center gap-2 self-center pt-5">
            <input type="checkbox" name="affiliated" value="1" defaultChecked={filters.affiliated} className="h-4 w-4" />
            {t("dashboard.affiliatedOnly")}
          </label>
          <label className="flex flex-col gap-1">
            {t("dashboard.search")}
            <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} placeholder={t("dashboard.searchPlaceholder")} className="w-56 rounded border border-slate-300 px-2 py-1" />
          </label>
          <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("dashboard.apply")}</button>
          <PortalLink href={`${path}?bureau=${bureau}`} className="self-center pt-5 text-blue-800 underline">{t("dashboard.reset")}</PortalLink>
        </form>
      </NarrowDisclosure>
    </div>
  );
}
