import { describe, expect, it } from "vitest";
import { createBureauFromTitle } from "@/lib/commands/import-bureau";
import { createBureau, createSection, updateBureau, updateSection } from "@/lib/commands/organisation";
import { openPeriod } from "@/lib/commands/periods";
import { mergeSections, moveIssues, moveSection, setBureauActive, setSectionActive } from "@/lib/commands/reorganisation";
import { importUsers } from "@/lib/commands/user-import";
import { createUser as createAccount } from "@/lib/commands/users";
import { getCityOverview } from "@/lib/data/city-overview";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getDocumentOverview } from "@/lib/data/documents";
import { getExportData, loadBureauAsOf } from "@/lib/data/export-data";
import { bureauNamesAt, owningSectionNamesAt } from "@/lib/data/section-history";
import { listPlaceableBureaus } from "@/lib/data/user-admin";
import { db } from "@/lib/db";
import { fiscalYearOf, japanDateOf } from "@/lib/domain/dates";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { buildDocument, createDocument, createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

const unique = () => Math.random().toString(36).slice(2, 8);
const exportedOwner = async (actor: Parameters<typeof getExportData>[0], code: string, date: string) =>
  (await getExportData(actor, code, date))?.bureaus[0]?.issues[0]?.owningSection;

// Issue 13, part 3: a reorganisation (組織改正) renames, merges and moves sections,
// and deactivation retires bureaus and sections, without rewriting history.
describe("reorganisation", () => {
  it("a rename and a merge move the issue and its users, while earlier dates keep the section's name of the time", async () => {
    const bureau = await createReportingBureau(db);
    const { admin, owner } = bureau.users;
    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const sections = new Map((await db.section.findMany({ where: { bureauId: bureau.bureauId } })).map((s) => [s.name, s.id]));
    const [planning, liaison] = [sections.get("企画課")!, sections.get("連携課")!];
    const beforeAll = new Date();

    expect(await updateSection(admin.actor, { sectionId: planning, name: "経営企画課", sortOrder: 0 }, "ja")).toMatchObject({ ok: true });
    const betweenRenameAndMerge = new Date();
    // The first submit only previews what the merge touches; nothing moves yet.
    expect(await mergeSections(admin.actor, { sectionId: planning, intoSectionId: liaison }, "ja")).toEqual({ ok: true, data: { issues: 1, users: 1, done: false } });
    expect((await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } })).owningSectionId).toBe(planning);
    expect(await mergeSections(admin.actor, { sectionId: planning, intoSectionId: liaison, confirm: "true" }, "ja")).toEqual({ ok: true, data: { issues: 1, users: 1, done: true } });

    expect((await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } })).owningSectionId).toBe(liaison);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).sectionId).toBe(liaison);
    expect((await db.section.findUniqueOrThrow({ where: { id: planning } })).active).toBe(false);
    // The survivor now owns the issue, so it is no longer listed as a helping section too.
    expect(await db.issueRelatedSection.findMany({ where: { issueId: bureau.issueId }, select: { sectionId: true } })).toEqual([{ sectionId: sections.get("参考課")! }]);

    const issue = { id: bureau.issueId, owningSection: { id: liaison, name: "連携課" } };
    expect((await owningSectionNamesAt(db, [issue], beforeAll)).get(bureau.issueId)).toBe("企画課");
    expect((await owningSectionNamesAt(db, [issue], betweenRenameAndMerge)).get(bureau.issueId)).toBe("経営企画課");
    expect((await owningSectionNamesAt(db, [issue], new Date())).get(bureau.issueId)).toBe("連携課");
    // The export of the 2024 report, and the 2024 document's page, show the owner of 2024 by its name of 2024.
    expect(await exportedOwner(admin, code, "2024-11-30")).toBe("企画課");
    const overview = await getDocumentOverview(admin.actor, bureau.bureauId, 2024);
    expect(overview?.areas.flatMap((a) => a.issues).map((i) => i.owningSection.name)).toEqual(["企画課"]);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "section.merge", entityId: planning } });
    expect(audit).toMatchObject({ before: { name: "経営企画課" }, after: { into: { id: liaison, name: "連携課" }, issues: 1, users: 1 } });
    // A merged (deactivated) section cannot be merged again, nor a section into itself or into another bureau's.
    expect(await mergeSections(admin.actor, { sectionId: planning, intoSectionId: liaison, confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.mergeInactive" });
    expect(await mergeSections(admin.actor, { sectionId: liaison, intoSectionId: liaison }, "ja")).toMatchObject({ ok: false, reason: "organisation.mergeSame" });
    const elsewhere = await db.section.findFirstOrThrow({ where: { bureau: { code: "seisaku" } } });
    expect(await mergeSections(admin.actor, { sectionId: liaison, intoSectionId: elsewhere.id }, "ja")).toMatchObject({ ok: false, reason: "organisation.mergeOtherBureau" });
  });

  it("a bureau rename keeps the old name for earlier dates: exports, the public data, the document's page and past dashboards", async () => {
    const bureau = await createReportingBureau(db);
    const { admin, auditor } = bureau.users;
    const before = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
    const [firstName, secondName] = [`改称前局${unique()}`, `改称後局${unique()}`];
    await db.bureau.update({ where: { id: before.id }, data: { name: firstName } });
    const beforeAll = new Date();

    const rename = (name: string) => updateBureau(admin.actor, { bureauId: before.id, name, code: before.code, kind: before.kind, sortOrder: before.sortOrder }, "ja");
    expect(await rename(secondName)).toMatchObject({ ok: true });
    const between = new Date();
    expect(await rename("今の局")).toMatchObject({ ok: true });
    // Saving without a rename appends no era.
    expect(await rename("今の局")).toMatchObject({ ok: true });
    expect((await db.bureauEra.findMany({ where: { bureauId: before.id }, orderBy: { until: "asc" } })).map((era) => era.name)).toEqual([firstName, secondName]);
    const audits = await db.auditEntry.findMany({ where: { action: "bureau.update", entityId: before.id }, orderBy: { id: "asc" } });
    expect(audits[0]).toMatchObject({ before: { name: firstName }, after: { name: secondName } });

    const at = (instant: Date) => bureauNamesAt(db, [{ id: before.id, name: "今の局" }], instant).then((names) => names.get(before.id));
    expect(await at(beforeAll)).toBe(firstName);
    expect(await at(between)).toBe(secondName);
    expect(await at(new Date())).toBe("今の局");
    // Every reader of 2024 shows the name of 2024: the export (and its audit log), the public site's data, the 2024 document's page,
    // the bureau's dashboard heading and the city overview of that date. Today's pickers keep today's name.
    const exported = await getExportData(admin, before.code, "2024-11-30");
    expect(exported?.bureaus[0]?.name).toBe(firstName);
    expect(exported?.auditLog.filter((e) => e.bureau !== null).every((e) => e.bureau === firstName)).toBe(true);
    expect((await loadBureauAsOf({ id: before.id, code: before.code, name: "今の局" }, "2024-11-30"))?.name).toBe(firstName);
    expect((await getDocumentOverview(admin.actor, before.id, 2024))?.bureau.name).toBe(firstName);
    const scope = await resolveDashboardScope(admin.actor, { ...parseDashboardFilters({}), bureau: before.code, date: "2024-11-30" });
    expect(scope.bureau?.name).toBe(firstName);
    expect(scope.bureaus.find((b) => b.id === before.id)?.name).toBe("今の局");
    expect((await getCityOverview(auditor.actor, "2024-11-30")).rows.find((row) => row.id === before.id)?.name).toBe(firstName);
  });

  it("a move takes the section and its users to the other bureau; the old documents keep it under its old bureau", async () => {
    const bureau = await createReportingBureau(db);
    const { admin, viewer } = bureau.users;
    const target = await createBureau(admin.actor, { name: `移管先局${unique()}`, code: `move-${unique()}`, kind: "BUREAU" }, "ja");
    if (!target.ok) throw new Error("no bureau");
    const reference = (await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "参考課" } })).id;
    await db.userCoEditSection.create({ data: { userId: viewer.id, sectionId: (await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "連携課" } })).id } });

    expect(await moveSection(admin.actor, { sectionId: reference, bureauId: target.data.bureauId }, "ja")).toEqual({ ok: true, data: { issues: 0, users: 1, done: false } });
    expect(await moveSection(admin.actor, { sectionId: reference, bureauId: target.data.bureauId, confirm: "true" }, "ja")).toMatchObject({ ok: true, data: { done: true } });
    expect((await db.section.findUniqueOrThrow({ where: { id: reference } })).bureauId).toBe(target.data.bureauId);
    expect(await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { bureauId: true, sectionId: true } })).toEqual({ bureauId: target.data.bureauId, sectionId: reference });
    // Co-editing grants were the old bureau's.
    expect(await db.userCoEditSection.count({ where: { userId: viewer.id } })).toBe(0);
    expect(await db.sectionEra.findMany({ where: { sectionId: reference }, select: { name: true, bureauId: true } })).toEqual([{ name: "参考課", bureauId: bureau.bureauId }]);
    expect(await db.auditEntry.count({ where: { action: "section.move", entityId: reference } })).toBe(1);
    expect(await moveSection(admin.actor, { sectionId: reference, bureauId: target.data.bureauId }, "ja")).toMatchObject({ ok: false, reason: "organisation.moveSameBureau" });
  });

  it("a split hands chosen issues to a new section, and earlier dates keep the old owner", async () => {
    const bureau = await createReportingBureau(db);
    const { admin } = bureau.users;
    const planning = (await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "企画課" } })).id;
    const created = await createSection(admin.actor, { bureauId: bureau.bureauId, name: "未来企画課" }, "ja");
    if (!created.ok) throw new Error("no section");
    const before = new Date();
    const move = { sectionId: planning, intoSectionId: created.data.sectionId, issueIds: bureau.issueId };
    expect(await moveIssues(admin.actor, move, "ja")).toEqual({ ok: true, data: { issues: 1, users: 0, done: false } });
    expect(await moveIssues(admin.actor, { ...move, confirm: "true" }, "ja")).toEqual({ ok: true, data: { issues: 1, users: 0, done: true } });
    expect((await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } })).owningSectionId).toBe(created.data.sectionId);
    const issue = { id: bureau.issueId, owningSection: { id: created.data.sectionId, name: "未来企画課" } };
    expect((await owningSectionNamesAt(db, [issue], before)).get(bureau.issueId)).toBe("企画課");
    expect((await owningSectionNamesAt(db, [issue], new Date())).get(bureau.issueId)).toBe("未来企画課");
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "section.moveIssues", entityId: planning } })).toMatchObject({ after: { into: { name: "未来企画課" }, issues: ["A(1)"] } });
    // The issue is no longer 企画課's to hand over; no issue chosen is a field error.
    expect(await moveIssues(admin.actor, { ...move, confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.issueNotOwned" });
    expect(await moveIssues(admin.actor, { ...move, issueIds: undefined }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { issueIds: [expect.any(String)] } });
  });

  it("a section that owns issues of this fiscal year is merged, not moved or deactivated", async () => {
    const admin = (await createUser(db, { role: "ADMIN" })).actor;
    const base = buildDocument();
    const fiscalYear = fiscalYearOf(japanDateOf(new Date()));
    const current = await createDocument(db, { fiscalYear, reportingPeriod: { asOfDate: `${fiscalYear}-11-30` }, bureau: { ...base.bureau, code: `cur-${unique()}`, name: `今年度局${unique()}` } });
    const owning = (await db.issue.findUniqueOrThrow({ where: { id: current.issueId } })).owningSectionId;
    const other = await createBureau(admin, { name: `別局${unique()}`, code: `other-${unique()}`, kind: "BUREAU" }, "ja");
    if (!other.ok) throw new Error("no bureau");
    expect(await moveSection(admin, { sectionId: owning, bureauId: other.data.bureauId, confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.sectionHasCurrentIssues" });
    expect(await setSectionActive(admin, { sectionId: owning, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.sectionHasCurrentIssues" });
    expect((await db.section.findUniqueOrThrow({ where: { id: owning } })).active).toBe(true);
  });

  it("a deactivated bureau or section leaves the pickers and new periods, and stays in history and exports", async () => {
    const bureau = await createReportingBureau(db);
    const { admin, auditor } = bureau.users;
    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const reference = (await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "参考課" } })).id;

    // Refused while people still belong there.
    expect(await setSectionActive(admin.actor, { sectionId: reference, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.sectionHasUsers" });
    expect(await setBureauActive(admin.actor, { bureauId: bureau.bureauId, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.bureauHasUsers" });
    await db.user.updateMany({ where: { bureauId: bureau.bureauId }, data: { active: false } });

    expect(await setSectionActive(admin.actor, { sectionId: reference, active: "false" }, "ja")).toEqual({ ok: true, data: { issues: 0, users: 0, done: false } });
    expect((await db.section.findUniqueOrThrow({ where: { id: reference } })).active).toBe(true);
    expect(await setSectionActive(admin.actor, { sectionId: reference, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: true, data: { done: true } });
    const placeable = (await listPlaceableBureaus(admin.actor)).find((b) => b.id === bureau.bureauId)!;
    expect(placeable.sections.map((s) => s.name).sort()).toEqual(["企画課", "連携課"]);
    expect(await createAccount(admin.actor, { name: "新人", email: `new-${unique()}@city.example.jp`, role: "STAFF", bureauId: bureau.bureauId, sectionId: reference, coEditSectionIds: [] }, "ja"))
      .toMatchObject({ ok: false, kind: "invalid", fieldErrors: { sectionId: [expect.any(String)] } });

    expect(await setBureauActive(admin.actor, { bureauId: bureau.bureauId, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: true, data: { done: true } });
    expect((await listPlaceableBureaus(admin.actor)).some((b) => b.id === bureau.bureauId)).toBe(false);
    expect(await openPeriod(admin.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja")).toMatchObject({ ok: false, reason: "organisation.bureauInactive" });
    expect(await createSection(admin.actor, { bureauId: bureau.bureauId, name: "新設課" }, "ja")).toMatchObject({ ok: false, reason: "organisation.bureauInactive" });
    const bureauName = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).name;
    const imported = await importUsers(admin.actor, { text: `氏名,メールアドレス,役割,局・区,課\n新人,new-${unique()}@city.example.jp,職員,${bureauName},企画課` }, "ja");
    expect(imported).toMatchObject({ ok: true, data: { create: 0, invalid: 1, errors: [{ line: 2, field: "bureau" }] } });

    // History stays: the export of 2024 still has the bureau and its issue.
    expect(await exportedOwner(auditor, code, "2024-11-30")).toBe("企画課");
    // A reactivated section needs its bureau active first.
    expect(await setSectionActive(admin.actor, { sectionId: reference, active: "true", confirm: "true" }, "ja")).toMatchObject({ ok: false, reason: "organisation.bureauInactive" });
    expect(await setBureauActive(admin.actor, { bureauId: bureau.bureauId, active: "true", confirm: "true" }, "ja")).toMatchObject({ ok: true });
    expect(await setSectionActive(admin.actor, { sectionId: reference, active: "true", confirm: "true" }, "ja")).toMatchObject({ ok: true });
    const actions = (await db.auditEntry.findMany({ where: { entityId: { in: [bureau.bureauId, reference] }, action: { endsWith: "activate" } }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["section.deactivate", "bureau.deactivate", "bureau.reactivate", "section.reactivate"]);
  });

  it("nobody but an admin reorganises", async () => {
    const bureau = await createReportingBureau(db);
    const sections = await db.section.findMany({ where: { bureauId: bureau.bureauId } });
    for (const actor of [bureau.users.manager.actor, bureau.users.owner.actor, bureau.users.auditor.actor]) {
      expect(await mergeSections(actor, { sectionId: sections[0]!.id, intoSectionId: sections[1]!.id, confirm: "true" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
      expect(await setBureauActive(actor, { bureauId: bureau.bureauId, active: "false", confirm: "true" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
  });
});

describe("the import page's offer to create the title's bureau", () => {
  it("previews the bureau the title names, then creates it on confirmation (admins), refusing a taken name or code", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const tag = unique();
    const text = `局区Ｘ方針〈都市戦略局${tag}〉\n（令和６年度）`;
    expect(await createBureauFromTitle(admin.actor, { code: `toshi-${tag}`, text }, "ja")).toEqual({ ok: true, data: { name: `都市戦略局${tag}`, code: `toshi-${tag}`, kind: "BUREAU", bureauId: null, done: false } });
    expect(await db.bureau.count({ where: { code: `toshi-${tag}` } })).toBe(0);
    const created = await createBureauFromTitle(admin.actor, { code: `toshi-${tag}`, text, confirm: "true" }, "ja");
    expect(created).toMatchObject({ ok: true, data: { done: true, bureauId: expect.any(String) } });
    expect(await db.auditEntry.count({ where: { action: "bureau.create", entityId: created.ok ? created.data.bureauId! : "" } })).toBe(1);
    expect(await createBureauFromTitle(admin.actor, { code: `other-${tag}`, text }, "ja")).toMatchObject({ ok: false, reason: "organisation.nameTaken" });
    expect(await createBureauFromTitle(admin.actor, { code: `toshi-${tag}`, text: "局区Ｘ方針〈別の局〉" }, "ja")).toMatchObject({ ok: false, reason: "organisation.codeTaken" });
    const manager = await createUser(db, { role: "MANAGER" });
    expect(await createBureauFromTitle(manager.actor, { code: `x-${tag}`, text }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
