import { PortalLink } from "@/components/ui/portal-link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getMilestoneTimeline } from "@/lib/data/milestone-timeline";
import { formatFiscalYearBoth } from "@/lib/domain/dates";
import type { MilestoneState } from "@/lib/domain/milestone-rules";
import { getTranslator } from "@/lib/i18n/server";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { PlannedWhen } from "@/components/issue/planned-when";

// A symbol and a word as well as a colour, so the state never rests on colour alone.
const stateStyles: Record<MilestoneState, { className: string; symbol: string }> = {
  DONE: { className: "border-green-300 bg-green-50 text-green-950", symbol: "✓" },
  PLANNED: { className: "border-slate-300 bg-white text-slate-900", symbol: "○" },
  LATE: { className: "border-red-300 bg-red-50 text-red-950", symbol: "!" },
};

/** Milestones by fiscal year: done, planned and late as of the reporting date shown. */
export async function MilestoneTimelineView({ scope, filters }: { scope: DashboardScope; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const timeline = await getMilestoneTimeline(scope, filters);
  if (!timeline || timeline.length === 0) return <EmptyState>{t("dashboard.noMilestones")}</EmptyState>;
  return (
    <ol className="space-y-4 border-l-4 border-blue-200 pl-4" aria-label={t("dashboard.view.milestones")}>
      {timeline.map(({ fiscalYear, milestones }) => (
        <li key={fiscalYear ?? "none"} className="space-y-2">
          <h2 className="text-lg font-bold">{fiscalYear === null ? t("dashboard.unscheduled") : formatFiscalYearBoth(fiscalYear, locale)}</h2>
          <ul className="grid gap-2 md:grid-cols-2 xl:grid-cols-3">
            {milestones.map((m) => (
              <li key={m.id} className={`rounded border p-3 text-sm ${stateStyles[m.state].className}`} data-testid="milestone" data-state={m.state}>
                <p className="font-bold">
                  <span aria-hidden="true" className="mr-1">{stateStyles[m.state].symbol}</span>
                  {t(`dashboard.milestone.${m.state}`)}
                </p>
                <p>{m.title}</p>
                <p className="text-xs">
                  {t("dashboard.planned")}<PlannedWhen milestone={m} locale={locale} />{" "}
                  {m.doneDate && <>{t("dashboard.done")}<FormattedDate date={m.doneDate} locale={locale} /></>}
                </p>
                <PortalLink href={`/issues/${m.issue.id}`} className="text-xs text-blue-800 underline">{m.issue.code} {m.issue.name}</PortalLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
