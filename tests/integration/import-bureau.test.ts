import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bureauKindOf, importTargetBureau } from "@/lib/commands/import-bureau";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories/documents";

const fixture = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");
const unique = () => Math.random().toString(36).slice(2, 8);

// Issue 13, part 3: the importer offers to create the bureau a document's title names (CLI --create-bureau).
describe("the bureau a document is imported into", () => {
  it("is the one with the code; a missing one is created from the title only when asked, by an admin, with its audit entry", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const tag = unique();
    const text = fixture.replaceAll("〈政策局〉", `〈都市戦略局${tag}〉`);
    expect(await importTargetBureau(admin.actor, `toshi-${tag}`, text, false, "ja")).toMatchObject({ ok: false, kind: "not-found" });

    const manager = await createUser(db, { role: "MANAGER" });
    expect(await importTargetBureau(manager.actor, `toshi-${tag}`, text, true, "ja")).toMatchObject({ ok: false, kind: "forbidden" });

    const created = await importTargetBureau(admin.actor, `toshi-${tag}`, text, true, "ja");
    expect(created).toMatchObject({ ok: true, data: { name: `都市戦略局${tag}`, created: true } });
    const bureau = await db.bureau.findFirstOrThrow({ where: { code: `toshi-${tag}` } });
    expect(bureau).toMatchObject({ name: `都市戦略局${tag}`, kind: "BUREAU" });
    expect(await db.auditEntry.count({ where: { action: "bureau.create", entityId: bureau.id } })).toBe(1);

    // A second run finds it.
    expect(await importTargetBureau(admin.actor, `toshi-${tag}`, text, true, "ja")).toMatchObject({ ok: true, data: { bureauId: bureau.id, created: false } });
  });

  it("refuses to invent a name when the title gives none, and calls a 〜区 a ward", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    expect(await importTargetBureau(admin.actor, `none-${unique()}`, "題名のない文書", true, "ja")).toMatchObject({ ok: false, kind: "rejected", reason: "import.noBureauInTitle" });
    expect([bureauKindOf("中央区"), bureauKindOf("都市戦略局"), bureauKindOf("区政推進局")]).toEqual(["WARD", "BUREAU", "BUREAU"]);
  });
});
