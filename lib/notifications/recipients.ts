import type { Tx } from "@/lib/db/transaction";

/**
 * The authors of an issue's report: active staff of the owning section and of the
 * sections that share editing, and staff given co-editing of any of those sections
 * (the same people `can(…, "progress.edit", …)` lets write it).
 */
export async function issueAuthors(tx: Tx, issue: { owningSectionId: string; editingSectionIds: readonly string[] }): Promise<string[]> {
  const sections = [issue.owningSectionId, ...issue.editingSectionIds];
  const users = await tx.user.findMany({
    where: {
      active: true,
      role: "STAFF",
      OR: [{ sectionId: { in: sections } }, { coEditSections: { some: { sectionId: { in: sections } } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}

/** The bureau's managers: its reviewers. City-level managers are not mailed about each bureau's reports. */
export async function bureauManagers(tx: Tx, bureauId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { active: true, role: "MANAGER", bureauId }, select: { id: true }, orderBy: { id: "asc" } });
  return users.map((u) => u.id);
}

/** An issue's sections that decide its authors, from a loaded issue row. */
export function editingSectionsOf(issue: { owningSectionId: string; relatedSections: readonly { sectionId: string }[] }) {
  return { owningSectionId: issue.owningSectionId, editingSectionIds: issue.relatedSections.map((s) => s.sectionId) };
}
