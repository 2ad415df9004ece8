import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { importUsers } from "@/lib/commands/user-import";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let code: string;
let bureauName: string;
beforeAll(async () => {
  bureau = await createReportingBureau(db);
  ({ code, name: bureauName } = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } }));
});

const unique = () => Math.random().toString(36).slice(2, 8);
const csv = (...lines: string[]) => ["氏名,メールアドレス,役割,局・区,課", ...lines].join("\r\n");
const admin = () => bureau.users.admin.actor;

describe("bulk import of users from an HR CSV (issue 13, part 2)", () => {
  it("previews without saving, numbering every error by its line", async () => {
    const tag = unique();
    const text = csv(
      `新規 一郎,one-${tag}@city.example.jp,職員,${code},企画課`,
      `重複 二郎,ONE-${tag}@city.example.jp,staff,${bureauName},`,
      `局なし 三郎,three-${tag}@city.example.jp,職員,存在しない局,`,
      `課なし 四郎,four-${tag}@city.example.jp,管理職,${code},存在しない課`,
      `役割 五郎,five-${tag}@city.example.jp,社長,${code},`,
      `宛先 六郎,not-an-email,職員,${code},`,
    );
    const preview = await importUsers(admin(), { text }, "ja");
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data).toMatchObject({ create: 1, update: 0, unchanged: 0, invalid: 5, saved: false });
    expect(preview.data.errors.map((e) => [e.line, e.field])).toEqual([[3, "email"], [4, "bureau"], [5, "section"], [6, "role"], [7, "email"]]);
    expect(preview.data.errors[0]!.message).toBe(`メールアドレス one-${tag}@city.example.jp は2行目と重複しています。`);
    expect(preview.data.errors[2]!.message).toContain("存在しない課");
    expect(await db.user.count({ where: { email: { contains: tag } } })).toBe(0);

    // Saving is refused while errors remain, and nothing is half-saved.
    const refused = await importUsers(admin(), { text, confirm: true }, "ja");
    expect(refused).toMatchObject({ ok: false, kind: "rejected", reason: "userImport.fixFirst" });
    expect(await db.user.count({ where: { email: { contains: tag } } })).toBe(0);

    // Leaving the bad lines out saves the good one, with its audit entry.
    const saved = await importUsers(admin(), { text, confirm: true, skipInvalid: true }, "ja");
    expect(saved.ok && saved.data).toMatchObject({ create: 1, saved: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: `one-${tag}@city.example.jp` } });
    expect(user).toMatchObject({ name: "新規 一郎", role: "STAFF", bureauId: bureau.bureauId, passwordHash: null, active: true });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    expect(audit).toMatchObject({ actorId: admin().id, bureauId: bureau.bureauId });
    expect(audit.after).toMatchObject({ email: user.email, source: "import", line: 2 });
  });

  it("creates and updates by email, and importing the same file twice changes nothing", async () => {
    const tag = unique();
    const existing = await db.user.create({ data: { email: `known-${tag}@city.example.jp`, name: "旧姓 花子", role: "STAFF", bureauId: bureau.bureauId } });
    const text = csv(`新姓 花子,known-${tag}@city.example.jp,職員,${code},連携課`, `新人 太郎,new-${tag}@city.example.jp,監査担当,,`);
    const first = await importUsers(admin(), { text, confirm: true }, "ja");
    expect(first.ok && first.data).toMatchObject({ create: 1, update: 1, unchanged: 0, invalid: 0, saved: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "新姓 花子", sectionId: bureau.users.sharing.sectionId });
    // The import's entries are chained in one batch; the chain still verifies.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const entries = await db.auditEntry.count();
    const second = await importUsers(admin(), { text, confirm: true }, "ja");
    expect(second.ok && second.data).toMatchObject({ create: 0, update: 0, unchanged: 2, saved: true });
    expect(await db.auditEntry.count()).toBe(entries);
  });

  it("refuses a file it cannot read at the text field, and anyone but an admin", async () => {
    const broken = await importUsers(admin(), { text: "氏名,メールアドレス\nx,y" }, "ja");
    expect(broken).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { text: [expect.stringContaining("役割")] } });
    expect(await importUsers(bureau.users.manager.actor, { text: csv() }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
