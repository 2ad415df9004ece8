"use client";
import { PortalLink } from "@/components/ui/portal-link";
import type { ReportBucket } from "@/lib/data/period-reports";
import type { SectionRole } from "@/lib/data/section-matrix";
import { type MatrixColouring, roleStyles, stateStyles } from "./matrix-styles";

export interface MatrixColumn {
  id: string;
  code: string;
  name: string;
  state: ReportBucket;
  /** Rendered by the server once, shown in both tables. */
  heading: React.ReactNode;
}

export interface MatrixLabels {
  sectionByIssue: string;
  issueBySection: string;
  none: string;
  role: Record<SectionRole, string>;
  state: Record<ReportBucket, string>;
  /** dashboard.matrixCell with its {section}, {issue}, {role} and {state} left in. */
  cell: string;
}

type Props = {
  columns: MatrixColumn[];
  rows: { id: string; name: string; cells: (SectionRole | null)[] }[];
  colouring: MatrixColouring;
  labels: MatrixLabels;
};

/**
 * Both orientations of the matrix (sections × issues from md up, issues ×
 * sections below), drawn here from the cells' roles: as server components the
 * two tables' ~300 cells were sent twice, as markup in the HTML and again as
 * the RSC payload that describes the same markup (issue 17).
 */
export function SectionMatrixTables({ columns, rows, colouring, labels }: Props) {
  const cell = (role: SectionRole | null, issue: MatrixColumn, section: string, key: string) => {
    if (role === null) {
      return (
        <td key={key} className="border border-slate-200 p-2 text-center text-slate-600">
          <span aria-hidden="true">—</span>
          <span className="sr-only">{labels.none}</span>
        </td>
      );
    }
    const byState = colouring === "state";
    const values: Record<string, string> = { section, issue: `${issue.code} ${issue.name}`, role: labels.role[role], state: byState ? labels.state[issue.state] : "" };
    return (
      <td key={key} className={`border border-slate-200 p-0 text-center ${byState ? stateStyles[issue.state] : roleStyles[role]}`} data-state={byState ? issue.state : undefined}>
        <PortalLink href={`/issues/${issue.id}`} className="block p-2 hover:underline" aria-label={labels.cell.replace(/\{(section|issue|role|state)\}/g, (_, name: string) => values[name]!).trim()}>
          {labels.role[role]}
          {byState && <span className="block text-xs font-bold">{labels.state[issue.state]}</span>}
        </PortalLink>
      </td>
    );
  };
  return (
    <>
      <div className="hidden overflow-x-auto md:block" data-testid="section-matrix">
        <table className="border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-200 p-2 text-left">{labels.sectionByIssue}</th>
              {columns.map((issue) => (
                <th key={issue.id} scope="col" className="min-w-28 border border-slate-200 p-2 align-top">{issue.heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="border border-slate-200 p-2 text-left whitespace-nowrap">{row.name}</th>
                {row.cells.map((role, index) => cell(role, columns[index]!, row.name, columns[index]!.id))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto md:hidden">
        <table className="border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-200 p-2 text-left">{labels.issueBySection}</th>
              {rows.map((row) => <th key={row.id} scope="col" className="border border-slate-200 p-2">{row.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {columns.map((issue, index) => (
              <tr key={issue.id}>
                <th scope="row" className="border border-slate-200 p-2 align-top">{issue.heading}</th>
                {rows.map((row) => cell(row.cells[index]!, issue, row.name, row.id))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
