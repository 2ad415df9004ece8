import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DashboardScope } from "@/lib/data/dashboard-scope";
import { getSectionMatrix, type SectionMatrix, type SectionRole } from "@/lib/data/section-matrix";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import type { DashboardFilters } from "@/lib/validation/dashboard";

const roleStyles: Record<SectionRole, string> = {
  OWNER: "bg-blue-100 font-bold text-blue-950",
  EDITOR: "bg-teal-50 text-teal-950",
  RELATED: "bg-slate-50 text-slate-800",
};

type Issue = SectionMatrix["columns"][number];

function IssueHeading({ issue, t, locale }: { issue: Issue; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-1 text-left text-xs font-normal">
      <Link href={`/issues/${issue.id}`} className="block font-bold text-blue-800 underline" title={issue.name}>{issue.code}</Link>
      {issue.latest?.carriedForward ? (
        // Copied when the period opened and not saved since: not an update.
        <span className="block text-slate-600" data-testid="carried-forward">{t("dashboard.noReport")}（{t("report.carriedForward")}）</span>
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

function RoleCell({ role, issue, section, t }: { role: SectionRole | null; issue: Issue; section: string; t: Translate }) {
  if (role === null) {
    return (
      <td className="border border-slate-200 p-2 text-center text-slate-600">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("dashboard.role.NONE")}</span>
      </td>
    );
  }
  return (
    <td className={`border border-slate-200 p-0 text-center ${roleStyles[role]}`}>
      <Link href={`/issues/${issue.id}`} className="block p-2 hover:underline" aria-label={`${section}：${issue.code} ${issue.name}（${t(`dashboard.role.${role}`)}）`}>
        {t(`dashboard.role.${role}`)}
      </Link>
    </td>
  );
}

/** Sections × issues (issues × sections on narrow screens): who owns and who shares which issue. */
export async function SectionMatrixView({ scope, filters }: { scope: DashboardScope; filters: DashboardFilters }) {
  const { t, locale } = await getTranslator();
  const matrix = await getSectionMatrix(scope, filters);
  if (!matrix || matrix.columns.length === 0) return <EmptyState>{t("dashboard.noIssues")}</EmptyState>;
  const { rows, columns } = matrix;
  return (
    <section aria-labelledby="section-matrix" className="space-y-2">
      <h2 id="section-matrix" className="text-lg font-bold">{t("dashboard.view.matrix")}</h2>
      <p className="text-sm text-slate-600">{t("dashboard.matrixLegend")}</p>
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
                {row.cells.map((role, index) => <RoleCell key={columns[index]!.id} role={role} issue={columns[index]!} section={row.name} t={t} />)}
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
                {rows.map((row) => <RoleCell key={row.id} role={row.cells[index]!} issue={issue} section={row.name} t={t} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
