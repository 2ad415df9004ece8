import { PortalLink } from "@/components/ui/portal-link";
import { Suspense } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import { LoadingPanel } from "@/components/ui/loading-panel";
import { requireUser } from "@/lib/auth/session";
import { readOrForbidden } from "@/lib/auth/session";
import { type DashboardScope, resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { listFilterOptions } from "@/lib/data/issue-filters";
import { formatDateBoth, formatFiscalYear } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";
import { type DashboardFilters as Filters, dashboardQuery, parseDashboardFilters } from "@/lib/validation/dashboard";
import { DashboardFilters } from "./dashboard-filters";
import { type DashboardView, DashboardTabs, dashboardViews } from "./dashboard-tabs";

type ReadyScope = DashboardScope & { document: NonNullable<DashboardScope["document"]> };

/**
 * What every dashboard view shares: the access check (a bureau the user may not
 * read is a 403 before anything streams), the filter form, the view tabs, and
 * a loading state while the view's own data arrives.
 */
export async function DashboardFrame({ view, searchParams, children }: {
  view: DashboardView;
  searchParams: Record<string, string | string[] | undefined>;
  children: (scope: ReadyScope, filters: Filters) => React.ReactNode;
}) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const filters = parseDashboardFilters(searchParams);
  const scope = await readOrForbidden(resolveDashboardScope(user, filters));
  const options = scope.bureau ? await listFilterOptions(scope.bureau.id, scope.document?.id ?? null) : { sections: [], partners: [] };
  const query = dashboardQuery(filters);
  const { document, period } = scope;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t("dashboard.title")}
        {scope.bureau && <span className="ml-3 text-lg font-normal">{scope.bureau.name}</span>}
      </h1>
      {/* Keyed by the query: a client-side navigation (e.g. "clear") must reset the form's fields. */}
      {scope.bureau && (
        <DashboardFilters
          key={query}
          path={dashboardViews[view]}
          bureau={scope.bureau.code}
          choices={{
            bureaus: scope.bureaus.map((b) => [b.code, b.name]),
            fiscalYears: scope.fiscalYears.map((y) => [y, formatFiscalYear(y, locale)]),
            dates: scope.periods.map((p) => [p.asOfDate, formatDateBoth(p.asOfDate, locale)]),
            sections: options.sections.map((s) => [s.id, s.name]),
            partners: options.partners.map((p) => [p.id, p.name]),
          }}
          filters={filters}
        />
      )}
      <DashboardTabs view={view} query={query} t={t} />
      {scope.bureau && <p className="text-sm"><PortalLink href={`/plans?bureau=${scope.bureau.code}`} className="text-blue-800 underline">{t("planDashboard.open")}</PortalLink></p>}
      {document && (
        <p className="text-sm text-slate-700" data-testid="dashboard-scope">
          {document.title}
          {" "}{period ? <>{t("dashboard.asOf")}<FormattedDate date={period.asOfDate} locale={locale} /></> : t("dashboard.noPeriod")}
        </p>
      )}
      {!scope.bureau ? (
        <EmptyState>{t("home.noBureau")}</EmptyState>
      ) : !document ? (
        <EmptyState>{t("home.noDocument")}</EmptyState>
      ) : (
        <Suspense key={`${view}${query}`} fallback={<LoadingPanel label={t("dashboard.loading")} />}>
          {children({ ...scope, document }, filters)}
        </Suspense>
      )}
    </div>
  );
}
