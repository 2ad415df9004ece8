"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useT } from "@/components/i18n-provider";
import { PlannedWhenText } from "@/components/issue/planned-when-text";
import { KpiGradeBadge } from "@/components/ui/kpi-grade-badge";
import { StatusBadge, WorkflowBadge } from "@/components/ui/status-badge";
import { Table } from "@/components/ui/table";
import type { ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import type { UnjudgedReason } from "@/lib/domain/dashboard-aggregates";
import type { ShownDateCompleteness } from "@/lib/domain/completeness-trend";
import type { KpiEvaluation } from "@/lib/domain/kpi-evaluation";
import { progressStatuses, workflowStates } from "@/lib/domain/progress-rules";
import { formatPercent } from "./percent";
import { AreaStatusChart, type AreaStatusRow, CompletenessTrend } from "./progress-charts";

// The bureau dashboard's panels, drawn here from one compact object: as server
// components every row, link, badge and class string was sent twice, as HTML and
// again as the RSC payload describing the same markup (issue 17). Panels refer to
// an issue by its index in `issues`; labels come from the client's catalogue and
// dates arrive formatted by the server, so the HTML is the same either side.

export interface OverviewIssue {
  id: string;
  code: string;
  name: string;
  section: string;
  affiliated: boolean;
  report: { id: string; status: ProgressStatus; workflow: WorkflowState; carriedForward: boolean } | null;
}

/** A date the server formatted: machine-readable and as shown. */
export interface ShownDate {
  dateTime: string;
  text: string;
}

export interface OverviewData {
  totals: { submitted: number; expected: number; overdue: number; lateMilestones: number; offTrack: number; unjudged: number };
  issues: OverviewIssue[];
  areas: (AreaStatusRow & { total: number })[];
  /** Counts in workflowStates' order. */
  sections: { name: string; none: number; counts: number[]; total: number; completeness: number }[];
  hasDeadline: boolean;
  overdue: number[];
  judged: number;
  offTrack: { issue: number; name: string; unit: string; actual: number | null; expected: number; target: number | null; grade: KpiEvaluation | null }[];
  unjudged: { issue: number; name: string; reasons: UnjudgedReason[] }[];
  late: { issue: number; title: string; plannedText: string; reading: string | null }[];
  recent: { issue: number; updated: ShownDate }[];
  trend: ShownDateCompleteness[];
}

const cell = "tabular-nums";
const note = "text-sm text-slate-600";
const approvedIndex = workflowStates.indexOf("APPROVED");

// dashboard-panel (app/globals.css) draws every row's rule, body cell's padding and link's colour.
function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  // min-w-0: a grid item otherwise grows to its chart's width, wider than a phone.
  return (
    <section aria-labelledby={id} className="dashboard-panel min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={id}>
      <h2 id={id} className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

// Texts are joined into one string where React would otherwise separate adjacent ones with <!-- -->.
function IssueLink({ issue }: { issue: OverviewIssue }) {
  return <PortalLink href={`/issues/${issue.id}`}>{`${issue.code} ${issue.name}`}</PortalLink>;
}

/** The first row: the figures a manager looks at first, each a link to the list below that it counts. */
function TotalsRow({ totals }: { totals: OverviewData["totals"] }) {
  const t = useT();
  const tiles = [
    { key: "submitted", target: "issue-results", value: `${totals.submitted}/${totals.expected}`, alert: false },
    { key: "overdue", target: "overdue", value: String(totals.overdue), alert: totals.overdue > 0 },
    { key: "lateMilestones", target: "late-milestones", value: String(totals.lateMilestones), alert: totals.lateMilestones > 0 },
    { key: "offTrack", target: "off-track", value: String(totals.offTrack), alert: totals.offTrack > 0 },
    { key: "unjudged", target: "unjudged", value: String(totals.unjudged), alert: false },
  ] as const;
  return (
    <nav aria-label={t("dashboard.totals")}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5" data-testid="dashboard-totals">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <a
              href={`#${tile.target}`}
              data-testid={`total-${tile.key}`}
              className={`block h-full rounded-lg border bg-white p-3 hover:bg-slate-50 ${tile.alert ? "border-red-700 border-l-8" : "border-slate-200"}`}
            >
              <span className="block text-sm text-slate-700">{t(`dashboard.totals.${tile.key}`)}</span>
              <span className="block text-2xl font-bold tabular-nums text-blue-900 underline">{tile.value}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The totals and the panel grid. */
export function BureauOverviewPanels({ data }: { data: OverviewData }) {
  const t = useT();
  const { issues, totals, areas, sections, overdue, judged, offTrack, unjudged, late, recent } = data;
  return (
    <div className="space-y-4">
      <TotalsRow totals={totals} />
      <div className="grid gap-4 xl:grid-cols-2">
        <Panel id="area-status" title={t("dashboard.areaStatus")}>
          <AreaStatusChart areas={areas} />
          <Table columns={[t("dashboard.area"), ...progressStatuses.map((s) => t(`status.${s}`)), t("dashboard.noReport"), t("dashboard.total")]}>
            {areas.map((area) => (
              <tr key={area.label}>
                <th scope="row" className="text-left">{area.label}</th>
                {progressStatuses.map((s) => <td key={s} className={cell}>{area.counts[s]}</td>)}
                <td className={cell}>{area.none}</td>
                <td className={`${cell} font-bold`}>{area.total}</td>
              </tr>
            ))}
          </Table>
        </Panel>

        <Panel id="section-completeness" title={t("dashboard.completeness")}>
          <Table columns={[t("issue.owningSection"), t("dashboard.noReport"), ...workflowStates.map((s) => t(`workflow.${s}`)), t("dashboard.completenessShare")]}>
            {sections.map((section, index) => (
              <tr key={index}>
                <th scope="row" className="text-left">{section.name}</th>
                <td className={cell}>{section.none}</td>
                {section.counts.map((count, state) => <td key={state} className={cell}>{count}</td>)}
                <td className={cell}>
                  <span className="font-bold">{formatPercent(section.completeness)}</span>
                  <span className="ml-1 text-xs text-slate-600">{`(${section.counts[approvedIndex]}/${section.total})`}</span>
                </td>
              </tr>
            ))}
          </Table>
        </Panel>

        <Panel id="completeness-trend" title={t("charts.completenessTrend")}>
          <p className="text-sm text-slate-700">{t("charts.completenessTrendBureau")}</p>
          <CompletenessTrend rows={data.trend} />
        </Panel>

        <Panel id="overdue" title={t("dashboard.overdue")}>
          {overdue.length === 0 ? (
            <p className={note}>{data.hasDeadline ? t("dashboard.noOverdue") : t("dashboard.noDeadline")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {overdue.map((index) => {
                const issue = issues[index]!;
                return <li key={issue.id}><IssueLink issue={issue} />{`${t("text.paren", { text: issue.section })} `}<WorkflowBadge state={issue.report!.workflow} t={t} /></li>;
              })}
            </ul>
          )}
        </Panel>

        <Panel id="off-track" title={t("dashboard.offTrack")}>
          {judged === 0 ? (
            <p className={note}>{t("dashboard.noneJudged")}</p>
          ) : offTrack.length === 0 ? (
            <p className={note}>{t("dashboard.noOffTrack")}</p>
          ) : (
            <Table columns={[t("dashboard.issue"), t("indicator.name"), t("dashboard.actual"), t("dashboard.expected"), t("indicator.target"), t("kpi.grade")]}>
              {offTrack.map((indicator, index) => (
                <tr key={index}>
                  <td><IssueLink issue={issues[indicator.issue]!} /></td>
                  <td>{indicator.name}</td>
                  <td className={cell}>{`${indicator.actual ?? ""}${indicator.unit}`}</td>
                  <td className={cell}>{`${indicator.expected}${indicator.unit}`}</td>
                  <td className={cell}>{`${indicator.target ?? ""}${indicator.unit}`}</td>
                  <td>{indicator.grade && <KpiGradeBadge evaluation={indicator.grade} t={t} />}</td>
                </tr>
              ))}
            </Table>
          )}
          {judged > 0 && <p className="text-sm text-slate-700">{t("dashboard.offTrackJudged", { judged, count: offTrack.length })}</p>}
        </Panel>

        <Panel id="unjudged" title={t("dashboard.unjudged")}>
          {unjudged.length === 0 ? (
            <p className={note}>{t("dashboard.noUnjudged")}</p>
          ) : (
            <>
              <p className="text-sm font-bold">{t("dashboard.unjudgedLead", { count: unjudged.length })}</p>
              <Table columns={[t("dashboard.issue"), t("indicator.name"), t("dashboard.unjudgedReasons")]}>
                {unjudged.map((indicator, index) => (
                  <tr key={index} data-testid="unjudged-indicator">
                    <td><IssueLink issue={issues[indicator.issue]!} /></td>
                    <td>{indicator.name}</td>
                    <td>{indicator.reasons.map((r) => t(`unjudged.${r}`)).join(t("text.listSeparator"))}</td>
                  </tr>
                ))}
              </Table>
            </>
          )}
        </Panel>

        <Panel id="late-milestones" title={t("dashboard.lateMilestones")}>
          {late.length === 0 ? (
            <p className={note}>{t("dashboard.noLateMilestones")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {late.map((m, index) => (
                <li key={index} data-testid="late-milestone">
                  <IssueLink issue={issues[m.issue]!} />
                  {`${t("text.colon")}${m.title}${t("text.parenOpen")}${t("dashboard.milestone.LATE")}${t("text.separator")}${t("milestone.planned")} `}
                  <PlannedWhenText plannedText={m.plannedText} reading={m.reading} t={t} />{t("text.parenClose")}
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="recent" title={t("dashboard.recent")}>
          {recent.length === 0 ? (
            <p className={note}>{t("dashboard.noReports")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {recent.map(({ issue: index, updated }) => {
                const issue = issues[index]!;
                return (
                  <li key={issue.id} className="flex flex-wrap items-center gap-2">
                    <PortalLink href={`/reports/${issue.report!.id}`}>{`${issue.code} ${issue.name}`}</PortalLink>
                    <WorkflowBadge state={issue.report!.workflow} t={t} />
                    <span className="text-slate-600"><time dateTime={updated.dateTime}>{updated.text}</time></span>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>

        <Panel id="issue-results" title={t("dashboard.issues", { count: issues.length })}>
          <Table columns={[t("dashboard.issue"), t("issue.owningSection"), t("dashboard.status"), t("dashboard.workflow")]}>
            {issues.map((issue) => (
              <tr key={issue.id} data-testid="issue-row">
                <td>
                  <IssueLink issue={issue} />
                  {issue.affiliated && <span className="ml-2 rounded bg-slate-100 px-1 text-xs">{t("issue.affiliatedBody")}</span>}
                </td>
                <td>{issue.section}</td>
                <td>
                  {!issue.report ? t("dashboard.noReport") : issue.report.carriedForward ? (
                    <span data-testid="carried-forward">{`${t("dashboard.noReport")}${t("text.paren", { text: t("report.carriedForward") })}`}</span>
                  ) : (
                    <StatusBadge status={issue.report.status} t={t} />
                  )}
                </td>
                <td>{issue.report ? <WorkflowBadge state={issue.report.workflow} t={t} /> : "—"}</td>
              </tr>
            ))}
          </Table>
        </Panel>
      </div>
    </div>
  );
}
