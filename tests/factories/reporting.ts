import type { Db } from "@/lib/db/client";
import type { SeedIssue } from "@/prisma/seed-data/types";
import { buildDocument, createDocument, createUser } from "./documents";

/**
 * A bureau of its own (so tests never share rows) whose one issue has an
 * indicator and a milestone, with its approved 2024-11-30 report; and a user
 * of every kind that matters to progress reporting.
 */
export async function createReportingBureau(db: Db) {
  const base = buildDocument();
  const issue: SeedIssue = {
    ...base.issues[0]!,
    relatedSections: [{ name: "連携課", canEdit: true }, { name: "参考課", canEdit: false }],
    indicators: [
      { name: "件数", unit: "件", direction: "UP", baseline: 0, baselineLabel: "", target: 10, targetFiscalYear: 2025, actual: 3, entryNote: "" },
    ],
    milestones: [
      { title: "会議を開催", plannedDate: "2025-03-01", plannedFiscalYear: 2024, plannedPrecision: "DAY", plannedFrom: false, plannedText: "", doneDate: null },
    ],
  };
  const created = await createDocument(db, {
    sections: [
      { name: "企画課", namedInDocument: false },
      { name: "連携課", namedInDocument: false },
      { name: "参考課", namedInDocument: false },
    ],
    issues: [issue],
    bureau: base.bureau,
    title: base.title,
  });
  const sections = await db.section.findMany({ where: { bureauId: created.bureauId } });
  const sectionId = (name: string) => sections.find((s) => s.name === name)!.id;
  const [owner, sharing, viewer, manager, admin, auditor, otherBureauStaff] = await Promise.all([
    createUser(db, { role: "STAFF", bureauId: created.bureauId, sectionId: sectionId("企画課") }),
    createUser(db, { role: "STAFF", bureauId: created.bureauId, sectionId: sectionId("連携課") }),
    createUser(db, { role: "STAFF", bureauId: created.bureauId, sectionId: sectionId("参考課") }),
    createUser(db, { role: "MANAGER", bureauId: created.bureauId }),
    createUser(db, { role: "ADMIN" }),
    createUser(db, { role: "AUDITOR" }),
    createUser(db, { role: "STAFF", bureauId: (await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } })).id }),
  ]);
  const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: created.issueId } });
  const milestone = await db.milestone.findFirstOrThrow({ where: { issueId: created.issueId } });
  return {
    ...created,
    indicatorId: indicator.id,
    milestoneId: milestone.id,
    users: { owner, sharing, viewer, manager, admin, auditor, otherBureauStaff },
  };
}

/**
 * An issue for as-of tests: an indicator (actual 3 for the document's date), a
 * milestone done on 2024-08-01, one not yet done, and the given partners.
 */
export function asOfIssue(code: string, number: number, partners: SeedIssue["partners"] = []): SeedIssue {
  return {
    ...buildDocument().issues[0]!,
    code,
    number,
    name: `課題${code}`,
    matrixTitle: `課題${code}`,
    indicators: [{ name: "件数", unit: "件", direction: "UP", baseline: 0, baselineLabel: "", target: 10, targetFiscalYear: 2025, actual: 3, entryNote: "" }],
    milestones: [
      { title: "新システム導入", plannedDate: "2024-08-01", plannedFiscalYear: 2024, plannedPrecision: "DAY", plannedFrom: false, plannedText: "", doneDate: "2024-08-01" },
      { title: "審査会", plannedDate: "2025-05-01", plannedFiscalYear: 2025, plannedPrecision: "DAY", plannedFrom: false, plannedText: "", doneDate: null },
    ],
    partners,
  };
}
