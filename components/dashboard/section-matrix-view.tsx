import { PortalLink } from "@/components/ui/portal-link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getSectionMatrix, type SectionMatrix } from "@/lib/data/section-matrix";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { type DashboardFilters, dashboardQuery } from "@/lib/validation/dashboard";
import { type ReportBucket, reportBuckets } from "@/lib/data/period-reports";
import { dashboardViews } from "./dashboard-tabs";
import { type MatrixColouring, stateStyles } from "./matrix-styles";
import { SectionMatrixTables } from "./section-matrix-tables";

type Issue = SectionMatrix["columns"][number];

function IssueHeading({ issue, t, locale }: { issue: Issue; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-1 text-left text-xs font-normal">
      <PortalLink href={`/issues/${issue.id}`} className="block font-bold text-blue-800 underline" title={issue.name}>{issue.code}</PortalLink>
      {issue.latest?.carriedForward ? (
        // Copied when the period opened and not saved since: not an update.
        <span className="block text-slate-600" data-testid="carried-forward">{t("dashboard.noReport")}{t("text.paren", { text: t("report.carriedForward") })}</span>
      ) : issue.latest ? (
        <>
          <StatusBadge status={issue.latest.status} t={t} />
          <span className="block text-slate-600">{t("dashboard.updated")}<FormattedJapanDay instant={issue.latest.updatedAt} locale={locale} /></span>
        </>
      ) : (
        <span className="block text-slate-600">{t("dashboard.noReport")}</span>
      )}
    </div>
  );
}

/** Switches the cells' colours between the sections' roles and this period's report state. */
function ColouringSwitch({ colouring, query, t }: { colouring: MatrixColouring; query: string; t: Translate }) {
  const href = (to: MatrixColouring) => `${dashboardViews.matrix}${to === "role" ? query : `${query || "?"}${query ? "&" : ""}colour=state`}`;
  return (
    <nav aria-label={t("dashboard.colourBy")} className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("dashboard.colourBy")}</span>
      {(["role", "state"] as const).map((to) => (
        <PortalLink
          key={to}
          href={href(to)}
          aria-current={to === colouring ? "true" : undefined}
          className={`rounded border px-3 py-1 ${to === colouring ? "border-slate-700 bg-slate-800 font-bold text-white" : "border-slate-300 bg-white text-blue-800 underline"}`}
        >
          {t(`dashboard.colourBy.${to}`)}
        </PortalLink>
      ))}
    </nav>
  );
}

/** Sections × issues (issues × sections on narrow screens): who owns and who shares which issue. */
export async function SectionMatrixView({ scope, filters, colouring }: { scope: DashboardScope; filters: DashboardFilters; colouring: MatrixColouring }) {
  const { t, locale } = await getTranslator();
  const matrix = await getSectionMatrix(scope, filters);
  if (!matrix || matrix.columns.length === 0) return <EmptyState>{t("dashboard.noIssues")}</EmptyState>;
  const { rows, columns } = matrix;
  return (
    <section aria-labelledby="section-matrix" className="space-y-2">
      <h2 id="section-matrix" className="text-lg font-bold">{t("dashboard.view.matrix")}</h2>
      <p className="text-sm text-slate-600">{t("dashboard.matrixLegend")}</p>
      <ColouringSwitch colouring={colouring} query={dashboardQuery(filters)} t={t} />
      {colouring === "state" && (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("dashboard.stateLegend")} data-testid="state-legend">
          {reportBuckets.map((state) => (
            <li key={state} className={`rounded border border-slate-300 px-2 py-1 font-bold ${stateStyles[state]}`}>{t(`periods.bucket.${state}`)}</li>
          ))}
        </ul>
      )}
      <SectionMatrixTables
        columns={columns.map((issue) => ({ id: issue.id, code: issue.code, name: issue.name, state: issue.state, heading: <IssueHeading issue={issue} t={t} locale={locale} /> }))}
        rows={rows.map((row) => ({ id: row.id, name: row.name, cells: row.cells }))}
        colouring={colouring}
        labels={{
          sectionByIssue: t("dashboard.sectionByIssue"),
          issueBySection: t("dashboard.issueBySection"),
          none: t("dashboard.role.NONE"),
          role: { OWNER: t("dashboard.role.OWNER"), EDITOR: t("dashboard.role.EDITOR"), RELATED: t("dashboard.role.RELATED") },
          state: Object.fromEntries(reportBuckets.map((state) => [state, t(`periods.bucket.${state}`)])) as Record<ReportBucket, string>,
          cell: t("dashboard.matrixCell"),
        }}
      />
    </section>
  );
}
