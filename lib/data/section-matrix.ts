import "server-only";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";
import { bucketOf } from "./period-reports";
import { cachedRead } from "./read-model-cache";
import { periodUpTo } from "./shared-selects";

export type SectionRole = "OWNER" | "EDITOR" | "RELATED";

/**
 * Sections (課) × the issues the filters leave: which sections own or share
 * each issue, each issue's latest report up to the chosen reporting date, and
 * the state of its report for that date (未報告 when it has none or an untouched copy).
 */
export async function getSectionMatrix(scope: DashboardScope, filters: DashboardFilters) {
  const { bureau, document, period } = scope;
  if (!bureau || !document) return null;
  const key = `matrix|${document.id}|${period?.id ?? ""}|${JSON.stringify(filters)}`;
  const [sections, issues] = await cachedRead(key, { bureauId: bureau.id }, () => Promise.all([
    db.section.findMany({
      where: { bureauId: bureau.id, ...(filters.section ? { id: filters.section } : {}) },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.issue.findMany({
      where: issueFilterWhere(document.id, period?.id ?? null, filters),
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        owningSectionId: true,
        relatedSections: { select: { sectionId: true, canEdit: true } },
        progressReports: {
          where: periodUpTo(period),
          orderBy: { period: { asOfDate: "desc" } },
          take: 1,
          select: { status: true, workflowState: true, updatedAt: true, carriedForward: true, period: { select: { asOfDate: true } } },
        },
      },
    }),
  ]));
  const columns = issues.map(({ progressReports, relatedSections, owningSectionId, ...issue }) => {
    const roles = new Map<string, SectionRole>(relatedSections.map((s) => [s.sectionId, s.canEdit ? "EDITOR" : "RELATED"]));
    roles.set(owningSectionId, "OWNER");
    const latest = progressReports[0] ?? null;
    const forDate = latest !== null && period !== null && toPlainDate(latest.period.asOfDate) === period.asOfDate ? latest : null;
    return { ...issue, roles, latest, state: bucketOf(forDate) };
  });
  // Sections that carry none of the shown issues stay out of the way.
  const rows = sections
    .map((section) => ({ ...section, cells: columns.map((issue) => issue.roles.get(section.id) ?? null) }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  return { rows, columns: columns.map(({ roles: _roles, ...issue }) => issue) };
}

export type SectionMatrix = NonNullable<Awaited<ReturnType<typeof getSectionMatrix>>>;
