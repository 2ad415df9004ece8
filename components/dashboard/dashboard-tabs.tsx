import { PortalLink } from "@/components/ui/portal-link";
import type { Translate } from "@/lib/i18n/messages";

export const dashboardViews = {
  overview: "/dashboard",
  matrix: "/dashboard/matrix",
  indicators: "/dashboard/indicators",
  milestones: "/dashboard/milestones",
} as const;
export type DashboardView = keyof typeof dashboardViews;

/** The dashboard's views, each keeping the current filters. */
export function DashboardTabs({ view, query, t }: { view: DashboardView; query: string; t: Translate }) {
  return (
    <nav aria-label={t("dashboard.views")} className="flex flex-wrap gap-1 border-b border-slate-300 text-sm">
      {(Object.keys(dashboardViews) as DashboardView[]).map((name) => (
        <PortalLink
          key={name}
          href={`${dashboardViews[name]}${query}`}
          aria-current={name === view ? "page" : undefined}
          className={`rounded-t border border-b-0 px-3 py-2 ${name === view ? "border-slate-300 bg-white font-bold" : "border-transparent text-blue-800 hover:underline"}`}
        >
          {t(`dashboard.view.${name}`)}
        </PortalLink>
      ))}
    </nav>
  );
}
