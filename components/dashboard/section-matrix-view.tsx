import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getSectionMatrix, type SectionMatrix, type SectionRole } from "@/lib/data/section-matrix";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { type DashboardFilters, dashboardQuery } from "@/lib/validation/dashboard";
import { type ReportBucket, reportBuckets } from "@/lib/data/period-reports";
import { dashboardViews } from "./dashboard-tabs";

const roleStyles: Record<SectionRole, string> = {
  OWNER: "bg-blue-100 font-bold text-blue-950",
  EDITOR: "bg-teal-50 text-teal-950",
  RELATED: "bg-slate-50 text-slate-800",
};

// This period's report state: a colour, and always its words; 未報告 also has a hatched pattern.
const stateStyles: Record<ReportBucket, string> = {
  NOT_REPORTED: "bg-[repeating-linear-gradient(45deg,#e2e8f0_0,#e2e8f0_3px,#ffffff_3px,#ffffff_8px)] text-slate-900",
  DRAFT: "bg-amber-100 text-amber-950",
  SUBMITTED: "bg-sky-100 text-sky-950",
  APPROVED: "bg-green-100 text-green-950",
  RETURNED: "bg-red-100 text-red-950",
};

/** What the cells are coloured by: the section's role (default) or this period's report state. */
export type MatrixColouring = "role" | "state";

type Issue = SectionMatrix["columns"][number];

function IssueHeading({ issue, t, locale }: { issue: Issue; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-1 text-left text-xs font-normal">
      <Link href={`/issues/${issue.id}`} className="block font-bold text-blue-800 underline" title={issue.name}>{issue.code}</Link>
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

function RoleCell({ role, issue, section, colouring, t }: { role: SectionRole | null; issue: Issue; section: string; colouring: MatrixColouring; t: Translate }) {
  if (role === null) {
    return (
      <td className="border border-slate-200 p-2 text-center text-slate-600">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("dashboard.role.NONE")}</span>
      </td>
    );
  }
  const roleText = t(`dashboard.role.${role}`);
  const stateText = t(`periods.bucket.${issue.state}`);
  const byState = colouring === "state";
  return (
    <td className={`border border-slate-200 p-0 text-center ${byState ? stateStyles[issue.state] : roleStyles[role]}`} data-state={byState ? issue.state : undefined}>
      <Link
        href={`/issues/${issue.id}`}
        className="block p-2 hover:underline"
        aria-label={t("dashboard.matrixCell", { section, issue: `${issue.code} ${issue.name}`, role: roleText, state: byState ? stateText : "" }).trim()}
      >
        {roleText}
        {byState && <span className="block text-xs font-bold">{stateText}</span>}
      </Link>
    </td>
  );
}

/** Switches the cells' colours between the sections' roles and this period's report state. */
function ColouringSwitch({ colouring, query, t }: { colouring: MatrixColouring; query: string; t: Translate }) {
  const href = (to: MatrixColouring) => `${dashboardViews.matrix}${to === "role" ? query : `${query || "?"}${query ? "&" : ""}colour=state`}`;
  return (
    <nav aria-label={t("dashboard.colourBy")} className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("dashboard.colourBy")}</span>
      {(["role", "state"] as const).map((to) => (
        <Link
          key={to}
          href={href(to)}
          aria-current={to === colouring ? "true" : undefined}
          className={`rounded border px-3 py-1 ${to === colouring ? "border-slate-700 bg-slate-800 font-bold text-white" : "border-slate-300 bg-white text-blue-800 underline"}`}
        >
          {t(`dashboard.colourBy.${to}`)}
        </Link>
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
      <div className="hidden overflow-x-auto md:block" data-testid="section-matrix">
        <table className="border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-200 p-2 text-left">{t("dashboard.sectionByIssue")}</th>
              {columns.map((issue) => (
                <th key={issue.id} scope="col" className="min-w-28 border border-slate-200 p-2 align-top">
                  <IssueHeading issue={issue} t={t} locale={locale} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="border border-slate-200 p-2 text-left whitespace-nowrap">{row.name}</th>
                {row.cells.map((role, index) => <RoleCell key={columns[index]!.id} role={role} issue={columns[index]!} section={row.name} colouring={colouring} t={t} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto md:hidden">
        <table className="border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-200 p-2 text-left">{t("dashboard.issueBySection")}</th>
              {rows.map((row) => <th key={row.id} scope="col" className="border border-slate-200 p-2">{row.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {columns.map((issue, index) => (
              <tr key={issue.id}>
                <th scope="row" className="border border-slate-200 p-2 align-top"><IssueHeading issue={issue} t={t} locale={locale} /></th>
                {rows.map((row) => <RoleCell key={row.id} role={row.cells[index]!} issue={issue} section={row.name} colouring={colouring} t={t} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
