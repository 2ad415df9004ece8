import { PortalLink } from "@/components/ui/portal-link";
import { CityOverviewTable } from "@/components/dashboard/city-overview-table";
import { CityAreaStatus } from "@/components/dashboard/city-area-status";
import { CompletenessTrend } from "@/components/dashboard/progress-charts";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/select-field";
import { requirePermission } from "@/lib/auth/session";
import { getCityOverview } from "@/lib/data/city-overview";
import { withShownDates } from "@/lib/domain/completeness-trend";
import { formatDateBoth } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";
import { parseDashboardFilters, type SearchParams } from "@/lib/validation/dashboard";

export default async function CityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("city.view");
  const { t, locale } = await getTranslator();
  const { date } = parseDashboardFilters(await searchParams);
  const overview = await getCityOverview(user, date);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("city.title")}</h1>
      <p className="text-sm"><PortalLink href="/plans" className="text-blue-800 underline">{t("planDashboard.open")}</PortalLink></p>
      <form method="get" className="flex items-end gap-3 text-sm">
        <SelectField label={t("dashboard.reportingDate")} name="date" value={overview.date ?? undefined} options={overview.dates.map((d) => ({ value: d, label: formatDateBoth(d, locale) }))} />
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("dashboard.apply")}</button>
      </form>
      {overview.date === null ? (
        <EmptyState>{t("city.noPeriods")}</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("city.lead", { date: formatDateBoth(overview.date, locale), count: overview.rows.length })}</p>
          {/* min-w-0 on each section: a grid item otherwise grows to its chart's width, wider than a phone. */}
          <div className="grid gap-4 xl:grid-cols-2">
            <section aria-labelledby="city-area-status" className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="city-area-status">
              <h2 id="city-area-status" className="text-lg font-bold">{t("city.areaStatus")}</h2>
              <CityAreaStatus areas={overview.areas} t={t} />
            </section>
            <section aria-labelledby="city-completeness" className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="city-completeness">
              <h2 id="city-completeness" className="text-lg font-bold">{t("charts.completenessTrend")}</h2>
              <CompletenessTrend rows={withShownDates(overview.trend, locale)} />
            </section>
          </div>
          <CityOverviewTable overview={overview} t={t} />
        </>
      )}
    </div>
  );
}
