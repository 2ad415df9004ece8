import { describe, expect, it } from "vitest";
import { createBureau, createSection, saveCity, updateBureau, updateSection } from "@/lib/commands/organisation";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

const unique = () => Math.random().toString(36).slice(2, 8);

describe("organisation (admins)", () => {
  it("creates a bureau and a ward with their sections, and renames them keeping issues and users attached", async () => {
    const admin = (await createUser(db, { role: "ADMIN" })).actor;
    const code = `toshi-${unique()}`;
    const created = await createBureau(admin, { name: `都市戦略局${code}`, code: code.toUpperCase(), kind: "BUREAU", sortOrder: "3" }, "ja");
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    expect(await db.bureau.findUniqueOrThrow({ where: { id: created.data.bureauId } })).toMatchObject({ code, kind: "BUREAU", sortOrder: 3 });
    const ward = await createBureau(admin, { name: `小倉北区${code}`, code: `kokurakita-${code}`, kind: "WARD" }, "ja");
    expect(ward).toMatchObject({ ok: true });
    expect(await createBureau(admin, { name: "別名", code, kind: "BUREAU" }, "ja")).toMatchObject({ ok: false, reason: "organisation.codeTaken" });
    expect(await createBureau(admin, { name: "x", code: "Bad Code!", kind: "BUREAU" }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { code: [expect.stringContaining("半角英小文字")] } });

    const section = await createSection(admin, { bureauId: created.data.bureauId, name: "企画課", sortOrder: 1 }, "ja");
    expect(section).toMatchObject({ ok: true });
    expect(await createSection(admin, { bureauId: created.data.bureauId, name: "企画課" }, "ja")).toMatchObject({ ok: false, reason: "organisation.sectionTaken" });
    if (!section.ok) return;

    // Renames keep ids: the reporting bureau's issue and users stay where they were.
    const bureau = await createReportingBureau(db);
    const owning = await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "企画課" } });
    expect(await updateSection(admin, { sectionId: owning.id, name: "経営企画課", sortOrder: 0 }, "ja")).toMatchObject({ ok: true });
    expect(await updateBureau(admin, { bureauId: bureau.bureauId, name: `改称局${unique()}`, code: `renamed-${unique()}`, kind: "BUREAU", sortOrder: 9 }, "ja")).toMatchObject({ ok: true });
    const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId }, select: { owningSection: { select: { name: true } } } });
    expect(issue.owningSection.name).toBe("経営企画課");
    expect((await db.user.findUniqueOrThrow({ where: { id: bureau.users.owner.id } })).sectionId).toBe(owning.id);
    const entries = await db.auditEntry.findMany({ where: { entityId: { in: [owning.id, bureau.bureauId] }, action: { in: ["section.update", "bureau.update"] } } });
    expect(entries.map((e) => e.action).sort()).toEqual(["bureau.update", "section.update"]);
    expect(entries.find((e) => e.action === "section.update")).toMatchObject({ before: { name: "企画課" }, after: { name: "経営企画課" } });
    // Another bureau's code cannot be taken by a rename.
    expect(await updateBureau(admin, { bureauId: bureau.bureauId, name: "x局", code, kind: "BUREAU" }, "ja")).toMatchObject({ ok: false, reason: "organisation.codeTaken" });
  });

  it("the city is registered once and renamed after that", async () => {
    const admin = (await createUser(db, { role: "ADMIN" })).actor;
    expect(await saveCity(admin, { name: "北九州市", code: "kitakyushu" }, "ja")).toMatchObject({ ok: false, reason: "organisation.cityExists" });
    const city = await db.city.findFirstOrThrow();
    expect(await saveCity(admin, { cityId: city.id, name: city.name, code: city.code }, "ja")).toMatchObject({ ok: true });
  });

  it("nobody but an admin changes the organisation", async () => {
    const bureau = await createReportingBureau(db);
    for (const actor of [bureau.users.manager.actor, bureau.users.owner.actor, bureau.users.auditor.actor]) {
      expect(await createBureau(actor, { name: "x局", code: `x-${unique()}`, kind: "BUREAU" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
      expect(await createSection(actor, { bureauId: bureau.bureauId, name: "新課" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
  });
});
