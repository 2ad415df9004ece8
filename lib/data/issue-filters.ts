import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { db } from "@/lib/db";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { cachedRead } from "./read-model-cache";

/**
 * The dashboard filters as a query on a document's issues. Status and the text
 * search look at the report approved for `periodId` (the ⑤ an as-of view shows;
 * drafts are not searched); the text search also looks at ①–④.
 */
export function issueFilterWhere(documentId: string, periodId: string | null, filters: DashboardFilters): Prisma.IssueWhereInput {
  const and: Prisma.IssueWhereInput[] = [{ documentId }];
  if (filters.area) and.push({ area: { code: filters.area } });
  if (filters.status) and.push({ progressReports: { some: { periodId: periodId ?? "", status: filters.status, workflowState: "APPROVED" } } });
  if (filters.section) {
    and.push({ OR: [{ owningSectionId: filters.section }, { relatedSections: { some: { sectionId: filters.section } } }] });
  }
  if (filters.partner) and.push({ partners: { some: { partnerId: filters.partner } } });
  if (filters.affiliated) and.push({ isAffiliatedBody: true });
  if (filters.q) {
    const contains = filters.q;
    and.push({
      OR: [
        { name: { contains } },
        { content: { contains } },
        { background: { contains } },
        { measures: { contains } },
        ...(periodId ? [{ progressReports: { some: { periodId, workflowState: "APPROVED" as const, progressText: { contains } } } }] : []),
      ],
    });
  }
  return { AND: and };
}

/** The choices of the section and partner filters for a bureau's document. */
export async function listFilterOptions(bureauId: string, documentId: string | null) {
  const [sections, partners] = await cachedRead(`filter-options|${documentId ?? ""}`, { bureauId, reports: false }, () => Promise.all([
    db.section.findMany({ where: { bureauId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    documentId === null
      ? []
      : db.partnerOrganization.findMany({
          where: { issues: { some: { issue: { documentId } } } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
  ]));
  return { sections, partners };
}

export type FilterOptions = Awaited<ReturnType<typeof listFilterOptions>>;
