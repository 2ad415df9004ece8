import type { Tx } from "@/lib/db/transaction";

// A rename, move or merge (組織改正) never rewrites the past: each ends an "era"
// (SectionEra: the name and bureau a section had; IssueOwnerEra: the section that
// owned an issue; BureauEra: the name a bureau had) at an instant. An "as of" view at instant `at` reads, for each
// section, issue and bureau, the earliest era that ended after `at`, or today's row when
// none did (docs/decisions/044).

type Reader = Pick<Tx, "section" | "sectionEra" | "issueOwnerEra">;
type BureauReader = Pick<Tx, "bureauEra">;

export interface OwnedIssue {
  id: string;
  owningSection: { id: string; name: string };
}

/** The first era of each key that ended after `at` (rows oldest first). */
function inForce<R extends { until: Date }>(rows: readonly R[], keyOf: (row: R) => string, at: Date): Map<string, R> {
  const found = new Map<string, R>();
  for (const row of rows) {
    if (row.until > at && !found.has(keyOf(row))) found.set(keyOf(row), row);
  }
  return found;
}

/**
 * The name of the section that owned each issue at `at`, as it was called then:
 * a report of an earlier year shows the section (and name) of that year.
 */
export async function owningSectionNamesAt(reader: Reader, issues: readonly OwnedIssue[], at: Date): Promise<Map<string, string>> {
  const owners = inForce(
    await reader.issueOwnerEra.findMany({ where: { issueId: { in: issues.map((i) => i.id) }, until: { gt: at } }, orderBy: { until: "asc" }, select: { issueId: true, sectionId: true, until: true } }),
    (row) => row.issueId,
    at,
  );
  const ownerAt = new Map(issues.map((issue) => [issue.id, owners.get(issue.id)?.sectionId ?? issue.owningSection.id]));
  const sectionIds = [...new Set(ownerAt.values())];
  const [eras, sections] = await Promise.all([
    reader.sectionEra.findMany({ where: { sectionId: { in: sectionIds }, until: { gt: at } }, orderBy: { until: "asc" }, select: { sectionId: true, name: true, until: true } }),
    // Today's names, for sections no rename has touched since `at`.
    reader.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, name: true } }),
  ]);
  const names = inForce(eras, (row) => row.sectionId, at);
  const today = new Map(sections.map((s) => [s.id, s.name]));
  return new Map(issues.map((issue) => {
    const sectionId = ownerAt.get(issue.id)!;
    return [issue.id, names.get(sectionId)?.name ?? today.get(sectionId) ?? issue.owningSection.name];
  }));
}

/**
 * The name each bureau had at `at`, for the bureaus given with today's names:
 * an export, document or dashboard of an earlier date shows the bureau as it was called then.
 */
export async function bureauNamesAt(reader: BureauReader, bureaus: readonly { id: string; name: string }[], at: Date): Promise<Map<string, string>> {
  const eras = bureaus.length === 0 ? [] : await reader.bureauEra.findMany({
    where: { bureauId: { in: bureaus.map((b) => b.id) }, until: { gt: at } }, orderBy: { until: "asc" }, select: { bureauId: true, name: true, until: true },
  });
  const names = inForce(eras, (row) => row.bureauId, at);
  return new Map(bureaus.map((b) => [b.id, names.get(b.id)?.name ?? b.name]));
}

/**
 * For a list of several dates (the residents' list of published documents): each entry's bureau
 * name at its own instant, in one query.
 */
export async function bureauNamesAtEach(reader: BureauReader, entries: readonly { bureauId: string; name: string; at: Date }[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const earliest = entries.reduce((min, entry) => (entry.at < min ? entry.at : min), entries[0]!.at);
  const eras = await reader.bureauEra.findMany({
    where: { bureauId: { in: [...new Set(entries.map((entry) => entry.bureauId))] }, until: { gt: earliest } }, orderBy: { until: "asc" }, select: { bureauId: true, name: true, until: true },
  });
  return entries.map((entry) => eras.find((era) => era.bureauId === entry.bureauId && era.until > entry.at)?.name ?? entry.name);
}

/** `bureaus` with each one's name at `at` (the rest of each row kept). */
export async function withBureauNamesAt<B extends { id: string; name: string }>(reader: BureauReader, bureaus: readonly B[], at: Date): Promise<B[]> {
  const names = await bureauNamesAt(reader, bureaus, at);
  return bureaus.map((b) => ({ ...b, name: names.get(b.id)! }));
}
