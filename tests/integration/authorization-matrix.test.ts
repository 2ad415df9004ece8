import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import type { Actor } from "@/lib/auth/permissions";
import { createBureauFromTitle } from "@/lib/commands/import-bureau";
import { importDocument } from "@/lib/commands/import-document";
import { copyDocument, updateIssueDetails, updateIssueText } from "@/lib/commands/issues";
import { generateBriefing } from "@/lib/commands/briefing-books";
import { changeDeadline, closePeriod, openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { createBureau, createSection, saveCity, updateBureau, updateSection } from "@/lib/commands/organisation";
import { markNotificationsRead, resendMail } from "@/lib/commands/notifications";
import { mergeSections, moveIssues, moveSection, setBureauActive, setSectionActive } from "@/lib/commands/reorganisation";
import { importPlanCsv } from "@/lib/commands/plan-import";
import { addPlanNode, createPlan, movePlanNode, retirePlanNode, setIndicatorPlan, setIssueLinks, updatePlanNode } from "@/lib/commands/plans";
import { changeOwnPassword } from "@/lib/commands/passwords";
import { reviewProgress, saveProgressDraft, submitProgress, withdrawProgress } from "@/lib/commands/progress";
import type { CommandResult } from "@/lib/commands/result";
import { importUsers } from "@/lib/commands/user-import";
import { createUser as createAccount, deactivateUser, deleteUser, issuePasswordLink, reactivateUser, updateUser } from "@/lib/commands/users";
import { listAuditEntries } from "@/lib/data/audit-log";
import { briefingBookFile } from "@/lib/data/briefing-books";
import { getCityOverview } from "@/lib/data/city-overview";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getDocumentOverview } from "@/lib/data/documents";
import { getExportData } from "@/lib/data/export-data";
import { getIssueDetail } from "@/lib/data/issues";
import { getIssueYears } from "@/lib/data/issue-years";
import { listPeriodReports } from "@/lib/data/period-reports";
import { listPeriods } from "@/lib/data/periods";
import { getReportPage } from "@/lib/data/reports";
import { getOrganisation } from "@/lib/data/organisation";
import { getIssueLinksForEdit, getPlanDashboard, getPlansForEditor } from "@/lib/data/plans";
import { defaultGradeThresholds } from "@/lib/domain/kpi-evaluation";
import { getManagedUser, listManagedUsers } from "@/lib/data/user-admin";
import { db } from "@/lib/db";
import { parseAuditFilters } from "@/lib/validation/audit";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { parseUserFilters } from "@/lib/validation/users";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

// Every write command, every read behind a page or route, and every export,
// tried by every kind of user against one bureau's issue (owned by section S1).
// Writes are probed with input that passes the permission check and then fails
// a later one (a stale version, a date that already exists, a report in the
// wrong state), so an allowed user gets that later failure and nothing is
// written, while a refused one gets "forbidden". The expected table is written
// out by hand. Signed-out visitors are the e2e suite's (tests/e2e/sessions.spec.ts).
const actorNames = ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "otherBureauStaff", "auditor"] as const;
type ActorName = (typeof actorNames)[number];
type Outcome = "allowed" | "refused";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let actors: Record<ActorName, Actor & { name: string; email: string }>;
let ids: { draftReportId: string; openPeriodId: string; closedPeriodId: string; documentId: string; code: string; undocumentedPeriodId: string; briefingBookId: string };
// Staff of the bureau to manage: one deactivated, one active, one who has written a report.
let staff: { inactive: Actor & { email: string }; active: Actor & { email: string; name: string }; writer: Actor };
const importText = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  const { owner, viewer, manager, admin, auditor, otherBureauStaff } = bureau.users;
  const cityManager = await createUser(db, { role: "MANAGER" });
  actors = { admin, cityManager, bureauManager: manager, owningStaff: owner, otherSectionStaff: viewer, otherBureauStaff, auditor };
  const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  const closed = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId, status: "CLOSED" } });
  ids = {
    draftReportId: (await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } })).id,
    openPeriodId: opened.data.periodId,
    closedPeriodId: closed.id,
    documentId: bureau.documentId,
    code: (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code,
    // A period whose date has no document: making its briefing book is refused after the permission check.
    undocumentedPeriodId: (await db.reportingPeriod.create({ data: { bureauId: bureau.bureauId, asOfDate: new Date("2001-03-31T00:00:00Z"), fiscalYear: 2000, status: "CLOSED" } })).id,
    briefingBookId: (await db.briefingBook.create({ data: { periodId: closed.id, trigger: "MANUAL", state: "READY", pdf: new Uint8Array(Buffer.from("%PDF-1.7 probe")), sha256: "probe", generatedAt: new Date() } })).id,
  };
  const place = { role: "STAFF" as const, bureauId: bureau.bureauId, sectionId: owner.sectionId };
  const [inactive, active, writer] = await Promise.all([createUser(db, place), createUser(db, place), createUser(db, place)]);
  await db.user.update({ where: { id: inactive.id }, data: { active: false } });
  await db.progressReport.update({ where: { id: ids.draftReportId }, data: { authorId: writer.id } });
  staff = { inactive: { ...inactive.actor, email: inactive.email }, active: { ...active.actor, email: active.email, name: active.name }, writer: writer.actor };
});

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await run()) as CommandResult<unknown> | unknown;
    if (typeof result !== "object" || result === null || !("ok" in result) || result.ok) return "allowed";
    const { kind } = result as unknown as { kind: string };
    // A probe must get past validation, or it would prove nothing about permission.
    if (kind === "invalid") throw new Error(`probe input is invalid: ${JSON.stringify(result)}`);
    return kind === "forbidden" ? "refused" : "allowed";
  } catch (error) {
    if (error instanceof AccessDeniedError) return "refused";
    throw error;
  }
}

const stale = 999_999;
const operations: { name: string; allowed: ActorName[]; run: (actor: Actor) => Promise<unknown> }[] = [
  // Writes (server actions run these commands).
  { name: "write ⑤ (save draft)", allowed: ["admin", "owningStaff"], run: (a) => saveProgressDraft(a, { reportId: ids.draftReportId, version: stale, progressText: "x", status: "ON_TRACK" }, "ja") },
  { name: "submit ⑤", allowed: ["admin", "owningStaff"], run: (a) => submitProgress(a, { reportId: ids.draftReportId, version: stale }, "ja") },
  // The probe's report is a draft: withdrawing it is refused after the permission check.
  { name: "withdraw a submitted ⑤", allowed: ["admin", "owningStaff"], run: (a) => withdrawProgress(a, { reportId: ids.draftReportId, version: 1 }, "ja") },
  { name: "review ⑤", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => reviewProgress(a, { reportId: ids.draftReportId, version: 1, decision: "approve" }, "ja") },
  { name: "edit ①–④", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => updateIssueText(a, { issueId: bureau.issueId, version: stale, name: "x", matrixTitle: "x", summaryBullets: "x", content: "x", background: "x", measuresHeading: "x", measures: "x" }, "ja") },
  { name: "edit indicators/milestones/partners", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => updateIssueDetails(a, { issueId: bureau.issueId, version: stale, details: JSON.stringify({ indicators: [], milestones: [], partners: [] }) }, "ja") },
  { name: "copy the document to a new year", allowed: ["admin"], run: (a) => copyDocument(a, { documentId: ids.documentId, fiscalYear: 2024 }, "ja") },
  { name: "open a period", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => openPeriod(a, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja") },
  { name: "change a period's deadline", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => changeDeadline(a, { periodId: ids.closedPeriodId, deadline: "2030-01-31" }, "ja") },
  { name: "close a period", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => closePeriod(a, { periodId: ids.closedPeriodId }, "ja") },
  { name: "reopen a period", allowed: ["admin"], run: (a) => reopenPeriod(a, { periodId: ids.openPeriodId, reason: "確認のため再開" }, "ja") },
  { name: "import (preview)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => importDocument(a, { bureauId: bureau.bureauId, fiscalYear: 2030, text: importText }, "ja") },
  // The open period has drafts (publishing it is refused after the permission check); the closed one is not published.
  { name: "publish to residents", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => publishDocument(a, { periodId: ids.openPeriodId }, "ja") },
  { name: "unpublish", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => unpublishDocument(a, { periodId: ids.closedPeriodId }, "ja") },
  // User administration: a bureau's staff, managed by admins and that bureau's managers.
  { name: "create a user (email taken)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => createAccount(a, { name: "x", email: staff.active.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: "", coEditSectionIds: [] }, "ja") },
  { name: "edit a user (email taken)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => updateUser(a, { userId: staff.active.id, name: "x", email: staff.inactive.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: "", coEditSectionIds: [] }, "ja") },
  { name: "deactivate a user (already inactive)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => deactivateUser(a, { userId: staff.inactive.id }, "ja") },
  { name: "reactivate a user (already active)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => reactivateUser(a, { userId: staff.active.id }, "ja") },
  { name: "delete a user (who has written)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => deleteUser(a, { userId: staff.writer.id }, "ja") },
  { name: "make a one-time password link (inactive user)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => issuePasswordLink(a, { userId: staff.inactive.id }, "ja") },
  // Organisation: admins only. Probes name a taken code or name, or a row that does not exist.
  { name: "bulk-import users (preview of a header-only file)", allowed: ["admin"], run: (a) => importUsers(a, { text: "氏名,メールアドレス,役割,局・区,課" }, "ja") },
  { name: "rename the city (unknown city)", allowed: ["admin"], run: (a) => saveCity(a, { cityId: "no-such-city", name: "x市", code: "x" }, "ja") },
  { name: "create a bureau (code taken)", allowed: ["admin"], run: (a) => createBureau(a, { name: "x局", code: ids.code, kind: "BUREAU" }, "ja") },
  { name: "edit a bureau (unknown bureau)", allowed: ["admin"], run: (a) => updateBureau(a, { bureauId: "no-such-bureau", name: "x局", code: "x", kind: "BUREAU" }, "ja") },
  { name: "create a section (name taken)", allowed: ["admin"], run: (a) => createSection(a, { bureauId: bureau.bureauId, name: "企画課" }, "ja") },
  { name: "edit a section (unknown section)", allowed: ["admin"], run: (a) => updateSection(a, { sectionId: "no-such-section", name: "x課" }, "ja") },
  { name: "deactivate a bureau (unknown bureau)", allowed: ["admin"], run: (a) => setBureauActive(a, { bureauId: "no-such-bureau", active: "false", confirm: "true" }, "ja") },
  { name: "deactivate a section (unknown section)", allowed: ["admin"], run: (a) => setSectionActive(a, { sectionId: "no-such-section", active: "false", confirm: "true" }, "ja") },
  { name: "merge sections (into itself)", allowed: ["admin"], run: (a) => mergeSections(a, { sectionId: "no-such-section", intoSectionId: "no-such-section", confirm: "true" }, "ja") },
  { name: "move issues to another section (same section)", allowed: ["admin"], run: (a) => moveIssues(a, { sectionId: "no-such-section", intoSectionId: "no-such-section", issueIds: [bureau.issueId], confirm: "true" }, "ja") },
  { name: "move a section (unknown section)", allowed: ["admin"], run: (a) => moveSection(a, { sectionId: "no-such-section", bureauId: bureau.bureauId, confirm: "true" }, "ja") },
  { name: "create the bureau a document's title names (name taken)", allowed: ["admin"], run: (a) => createBureauFromTitle(a, { code: `x-${ids.code}`, text: importText, confirm: "true" }, "ja") },
  // Plans: admins edit the tree (probes name a taken plan name or a node that does not exist);
  // an issue's plan and SDG links are part of editing the issue (the probe names an unknown node).
  { name: "create a plan (name taken)", allowed: ["admin"], run: (a) => createPlan(a, { name: "北九州市・新ビジョン", startFiscalYear: "2024", endFiscalYear: "2028", levelNames: "重点戦略" }, "ja") },
  { name: "import a plan from CSV (unknown plan)", allowed: ["admin"], run: (a) => importPlanCsv(a, { planId: "no-such-plan", text: "番号,上位番号,項目名\nA,,a\n", confirm: true }, "ja") },
  { name: "add a plan node (unknown plan)", allowed: ["admin"], run: (a) => addPlanNode(a, { planId: "no-such-plan", parentId: "", code: "", name: "x" }, "ja") },
  { name: "rename or move a plan node (unknown node)", allowed: ["admin"], run: (a) => updatePlanNode(a, { nodeId: "no-such-node", parentId: "", code: "", name: "x" }, "ja") },
  { name: "reorder a plan node (unknown node)", allowed: ["admin"], run: (a) => movePlanNode(a, { nodeId: "no-such-node", direction: "up" }, "ja") },
  { name: "retire a plan node (unknown node)", allowed: ["admin"], run: (a) => retirePlanNode(a, { nodeId: "no-such-node" }, "ja") },
  {
    name: "set an indicator's plan links, measure and yearly targets (unknown node)", allowed: ["admin", "cityManager", "bureauManager"],
    run: async (a) => setIndicatorPlan(a, { indicatorId: (await db.indicator.findFirstOrThrow({ where: { issueId: bureau.issueId } })).id, measure: "POINT", nodeIds: ["no-such-node"], yearTargets: [] }, "ja"),
  },
  { name: "link an issue to plan nodes and SDGs (unknown node)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => setIssueLinks(a, { issueId: bureau.issueId, nodeIds: ["no-such-node"], goalNumbers: [11] }, "ja") },
  { name: "change one's own password (to the same one)", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "otherBureauStaff", "auditor"], run: (a) => changeOwnPassword(a, { current: "test-password", password: "test-password", confirm: "test-password" }, "ja") },
  // Notifications: everyone's own (probes name a missing notification, a bad language); resending failed mail is admins'.
  { name: "mark a notification read (unknown one)", allowed: [...actorNames], run: (a) => markNotificationsRead(a, { notificationId: "no-such-notification" }, "ja") },
  { name: "resend a failed mail (unknown mail)", allowed: ["admin"], run: (a) => resendMail(a, { mailId: "no-such-mail" }, "ja") },
  // Briefing books (docs/decisions/072): made by the bureau's managers; read by them and auditors (downloads are audited as exports).
  { name: "make a briefing book (no document for the date)", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => generateBriefing(a, { periodId: ids.undocumentedPeriodId }, "ja") },
  { name: "download a briefing book", allowed: ["admin", "cityManager", "bureauManager", "auditor"], run: (a) => briefingBookFile(a, ids.briefingBookId) },
  // Reads behind pages and routes.
  { name: "home page document", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getDocumentOverview(a, bureau.bureauId, 2024) },
  { name: "issue page", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getIssueDetail(a, bureau.issueId) },
  { name: "issue page: indicators across years", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getIssueYears(a, bureau.issueId, defaultGradeThresholds) },
  { name: "report page", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getReportPage(a, ids.draftReportId) },
  { name: "bureau dashboard", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => resolveDashboardScope(a, parseDashboardFilters({ bureau: ids.code })) },
  { name: "city-wide view", allowed: ["admin", "cityManager", "auditor"], run: (a) => getCityOverview(a, undefined) },
  { name: "periods page", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => listPeriods(a, bureau.bureauId) },
  { name: "periods page: the reports behind a count", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => listPeriodReports(a, ids.openPeriodId, "DRAFT") },
  { name: "user list", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => listManagedUsers(a, parseUserFilters({})) },
  { name: "a user's page", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => getManagedUser(a, staff.active.id) },
  { name: "organisation page", allowed: ["admin"], run: (a) => getOrganisation(a) },
  { name: "plan editor", allowed: ["admin"], run: (a) => getPlansForEditor(a) },
  { name: "an issue's plan and SDG link form", allowed: ["admin", "cityManager", "bureauManager"], run: (a) => getIssueLinksForEdit(a, bureau.issueId, bureau.bureauId) },
  { name: "plan dashboard of the bureau", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getPlanDashboard(a, { bureauCode: ids.code }, defaultGradeThresholds) },
  { name: "plan dashboard of the whole city", allowed: ["admin", "cityManager", "auditor"], run: (a) => getPlanDashboard(a, { bureauCode: null }, defaultGradeThresholds) },
  { name: "audit log", allowed: ["admin", "cityManager", "bureauManager", "auditor"], run: (a) => listAuditEntries(a, parseAuditFilters({ bureau: ids.code })) },
  // Exports (the route handlers build their files from this data).
  { name: "export the bureau", allowed: ["admin", "cityManager", "bureauManager", "owningStaff", "otherSectionStaff", "auditor"], run: (a) => getExportData(a as never, ids.code, "2024-11-30") },
  { name: "export the whole city", allowed: ["admin", "cityManager", "auditor"], run: (a) => getExportData(a as never, "all", "2024-11-30") },
];

describe("authorisation matrix: every operation × every kind of user", () => {
  for (const operation of operations) {
    it(operation.name, async () => {
      const before = await db.auditEntry.count({ where: { action: { not: { startsWith: "export." } } } });
      const got = Object.fromEntries(await Promise.all(actorNames.map(async (name) => [name, await outcome(() => operation.run(actors[name]))] as const)));
      const expected = Object.fromEntries(actorNames.map((name) => [name, operation.allowed.includes(name) ? "allowed" : "refused"]));
      expect(got).toEqual(expected);
      // The probes write nothing, whoever runs them.
      expect(await db.auditEntry.count({ where: { action: { not: { startsWith: "export." } } } })).toBe(before);
    });
  }
});
