import { beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { PASSWORD_TOKEN_TTL_MS } from "@/lib/auth/password-tokens";
import { createAdminAccount } from "@/lib/commands/admin-account";
import { changeOwnPassword, setPasswordWithToken } from "@/lib/commands/passwords";
import { createUser, deactivateUser, deleteUser, issuePasswordLink, reactivateUser, updateUser } from "@/lib/commands/users";
import { passwordLinkState } from "@/lib/data/password-links";
import { getManagedUser, listManagedUsers } from "@/lib/data/user-admin";
import { currentSessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { parseUserFilters } from "@/lib/validation/users";
import { createUser as createTestUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

const strong = "柿の木坂で夕焼けを見た-2031";
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let sections: Record<string, string>;

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  const rows = await db.section.findMany({ where: { bureauId: bureau.bureauId } });
  sections = Object.fromEntries(rows.map((s) => [s.name, s.id]));
});

const unique = () => Math.random().toString(36).slice(2, 8);
const staffInput = (overrides: Record<string, unknown> = {}) => ({
  name: "新任 職員", email: `new-${unique()}@city.example.jp`, role: "STAFF", bureauId: bureau.bureauId, sectionId: sections["企画課"], coEditSectionIds: [], ...overrides,
});
// Account changes only: sign-ins are recorded against the user too (sign-in events).
const audits = (entityId: string) => db.auditEntry.findMany({ where: { entityId, action: { startsWith: "user." } }, orderBy: { id: "asc" } });

describe("creating users", () => {
  it("makes an account without a password and an invitation that sets one once", async () => {
    const created = await createUser(bureau.users.admin.actor, staffInput({ email: " New.Person@City.Example.JP " }), "ja");
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { id: created.data.userId } });
    expect(user).toMatchObject({ email: "new.person@city.example.jp", passwordHash: null, active: true, role: "STAFF" });
    expect((await audits(user.id)).map((e) => e.action)).toEqual(["user.create"]);
    // Only a digest is stored, never the token.
    const token = await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.tokenHash).not.toContain(created.data.token);
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeGreaterThan(PASSWORD_TOKEN_TTL_MS - 5000);
    expect(await passwordLinkState(created.data.token)).toMatchObject({ state: "usable", email: "new.person@city.example.jp", purpose: "INVITE" });

    // No password until the link is used.
    expect(await authorizeCredentials({ email: user.email, password: strong })).toBeNull();
    const weak = await setPasswordWithToken({ token: created.data.token, password: "password1234", confirm: "password1234" }, "ja");
    expect(weak).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: [expect.stringContaining("推測されやすい")] } });
    const personal = await setPasswordWithToken({ token: created.data.token, password: "new.person-2031!", confirm: "new.person-2031!" }, "ja");
    expect(personal).toMatchObject({ ok: false, fieldErrors: { password: ["氏名やメールアドレスを含むパスワードは使えません。"] } });
    const short = await setPasswordWithToken({ token: created.data.token, password: "Ab3$xy", confirm: "Ab3$xy" }, "en");
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["The password must be at least 12 characters long."] } });
    const mismatch = await setPasswordWithToken({ token: created.data.token, password: strong, confirm: `${strong}x` }, "ja");
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: ["確認用のパスワードが一致しません。"] } });
    // A refused try did not spend the link.
    expect(await setPasswordWithToken({ token: created.data.token, password: strong, confirm: strong }, "ja")).toMatchObject({ ok: true });
    expect((await authorizeCredentials({ email: user.email, password: strong }))?.id).toBe(user.id);

    // Used once: a second use says so and changes nothing.
    const hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(await setPasswordWithToken({ token: created.data.token, password: `${strong}!`, confirm: `${strong}!` }, "ja")).toMatchObject({ ok: false, kind: "rejected", reason: "password.linkUsed" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
    expect((await audits(user.id)).map((e) => e.action)).toEqual(["user.create", "user.passwordSet"]);
  });

  it("refuses an expired link and a made-up one, changing nothing", async () => {
    const created = await createUser(bureau.users.admin.actor, staffInput(), "ja");
    if (!created.ok) throw new Error("not created");
    await db.passwordToken.updateMany({ where: { userId: created.data.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await passwordLinkState(created.data.token)).toMatchObject({ state: "expired" });
    expect(await setPasswordWithToken({ token: created.data.token, password: strong, confirm: strong }, "ja")).toMatchObject({ ok: false, reason: "password.linkExpired" });
    const madeUp = "A".repeat(43);
    expect(await setPasswordWithToken({ token: madeUp, password: strong, confirm: strong }, "ja")).toMatchObject({ ok: false, reason: "password.linkInvalid" });
    expect(await setPasswordWithToken({ token: "short", password: strong, confirm: strong }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.data.userId } })).passwordHash).toBeNull();
  });

  it("a new link replaces the earlier one", async () => {
    const created = await createUser(bureau.users.admin.actor, staffInput(), "ja");
    if (!created.ok) throw new Error("not created");
    const again = await issuePasswordLink(bureau.users.manager.actor, { userId: created.data.userId }, "ja");
    expect(again).toMatchObject({ ok: true, data: { purpose: "INVITE" } });
    expect(await passwordLinkState(created.data.token)).toMatchObject({ state: "expired" });
    if (again.ok) expect(await passwordLinkState(again.data.token)).toMatchObject({ state: "usable" });
  });

  it("refuses a taken email, a section of another bureau, and says so at the field", async () => {
    const taken = await createUser(bureau.users.admin.actor, staffInput({ email: bureau.users.owner.email.toUpperCase() }), "ja");
    expect(taken).toMatchObject({ ok: false, kind: "rejected", reason: "user.emailTaken" });
    const seisaku = await db.section.findFirstOrThrow({ where: { bureau: { code: "seisaku" } } });
    expect(await createUser(bureau.users.admin.actor, staffInput({ sectionId: seisaku.id }), "ja")).toMatchObject({ ok: false, fieldErrors: { sectionId: [expect.any(String)] } });
    expect(await createUser(bureau.users.admin.actor, staffInput({ email: "not-an-email" }), "ja")).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("メールアドレス")] } });
    expect(await createUser(bureau.users.admin.actor, staffInput({ bureauId: "" }), "ja")).toMatchObject({ ok: false, fieldErrors: { bureauId: ["職員には所属の局・区が必要です。"] } });
  });

  it("lets a bureau's manager add only staff of that bureau", async () => {
    const manager = bureau.users.manager.actor;
    expect(await createUser(manager, staffInput(), "ja")).toMatchObject({ ok: true });
    expect(await createUser(manager, staffInput({ role: "MANAGER" }), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    const seisaku = await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } });
    expect(await createUser(manager, staffInput({ bureauId: seisaku.id, sectionId: "" }), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await createUser(bureau.users.owner.actor, staffInput(), "ja")).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

describe("editing, deactivating and deleting", () => {
  it("gives extra co-editing sections, which let the user edit those sections' issues", async () => {
    const { viewer, admin } = bureau.users;
    const updated = await updateUser(admin.actor, { userId: viewer.id, name: viewer.name, email: viewer.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: sections["参考課"], coEditSectionIds: [sections["企画課"]] }, "ja");
    expect(updated).toMatchObject({ ok: true });
    const session = await currentSessionUser(viewer.id, Date.now());
    expect(session?.coEditSectionIds).toEqual([sections["企画課"]]);
    const entry = (await audits(viewer.id)).at(-1)!;
    expect(entry).toMatchObject({ action: "user.update", before: { coEditSectionIds: [] }, after: { coEditSectionIds: [sections["企画課"]] } });
    // Its own section cannot be an extra one too.
    const own = await updateUser(admin.actor, { userId: viewer.id, name: viewer.name, email: viewer.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: sections["参考課"], coEditSectionIds: [sections["参考課"]] }, "ja");
    expect(own).toMatchObject({ ok: false, fieldErrors: { coEditSectionIds: [expect.any(String)] } });
  });

  it("nobody changes their own role, deactivates or deletes themselves", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    expect(await updateUser(admin.actor, { userId: admin.id, name: admin.name, email: admin.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: "", coEditSectionIds: [] }, "ja"))
      .toMatchObject({ ok: false, reason: "user.selfRoleChange" });
    expect(await deactivateUser(admin.actor, { userId: admin.id }, "ja")).toMatchObject({ ok: false, reason: "user.self" });
    expect(await deleteUser(admin.actor, { userId: admin.id }, "ja")).toMatchObject({ ok: false, reason: "user.self" });
  });

  it("a deactivated user's sessions end at once and they cannot sign in; reactivating lets them sign in again", async () => {
    const user = await createTestUser(db, { role: "STAFF", bureauId: bureau.bureauId, password: strong });
    const signedInAt = Date.now() - 1000;
    expect(await currentSessionUser(user.id, signedInAt)).not.toBeNull();
    const link = await issuePasswordLink(bureau.users.admin.actor, { userId: user.id }, "ja");
    expect(link).toMatchObject({ ok: true, data: { purpose: "RESET" } });
    expect(await deactivateUser(bureau.users.manager.actor, { userId: user.id }, "ja")).toMatchObject({ ok: true });
    expect(await currentSessionUser(user.id, signedInAt)).toBeNull();
    expect(await currentSessionUser(user.id, Date.now() + 1000)).toBeNull();
    expect(await authorizeCredentials({ email: user.email, password: strong })).toBeNull();
    if (link.ok) expect(await passwordLinkState(link.data.token)).toMatchObject({ state: "invalid" });
    expect(await deactivateUser(bureau.users.admin.actor, { userId: user.id }, "ja")).toMatchObject({ ok: false, reason: "user.alreadyInactive" });
    expect(await issuePasswordLink(bureau.users.admin.actor, { userId: user.id }, "ja")).toMatchObject({ ok: false, reason: "user.inactive" });

    expect(await reactivateUser(bureau.users.admin.actor, { userId: user.id }, "ja")).toMatchObject({ ok: true });
    expect((await authorizeCredentials({ email: user.email, password: strong }))?.id).toBe(user.id);
    // The old session stays ended.
    expect(await currentSessionUser(user.id, signedInAt)).toBeNull();
    expect((await audits(user.id)).map((e) => e.action)).toEqual(["user.passwordReset", "user.deactivate", "user.reactivate"]);
  });

  it("deletes only a user who never wrote anything", async () => {
    const fresh = await createTestUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    expect(await deleteUser(bureau.users.admin.actor, { userId: fresh.id }, "ja")).toMatchObject({ ok: true });
    expect(await db.user.findUnique({ where: { id: fresh.id } })).toBeNull();
    expect((await audits(fresh.id)).map((e) => e.action)).toEqual(["user.delete"]);

    const writer = await createTestUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    await db.progressReport.updateMany({ where: { issueId: bureau.issueId }, data: { authorId: writer.id } });
    expect(await deleteUser(bureau.users.admin.actor, { userId: writer.id }, "ja")).toMatchObject({ ok: false, reason: "user.hasHistory" });
    expect(await db.user.findUnique({ where: { id: writer.id } })).not.toBeNull();
  });
});

describe("passwords", () => {
  it("a user changes their own password only with the current one", async () => {
    const user = await createTestUser(db, { role: "STAFF", bureauId: bureau.bureauId, password: strong });
    const next = "青い鳥が窓辺で三回鳴いた-77";
    expect(await changeOwnPassword(user.actor, { current: "wrong-password!", password: next, confirm: next }, "ja")).toMatchObject({ ok: false, fieldErrors: { current: ["現在のパスワードが正しくありません。"] } });
    expect(await changeOwnPassword(user.actor, { current: strong, password: "qwertyuiopasdf", confirm: "qwertyuiopasdf" }, "ja")).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    expect(await changeOwnPassword(user.actor, { current: strong, password: next, confirm: next }, "ja")).toMatchObject({ ok: true });
    expect(await authorizeCredentials({ email: user.email, password: strong })).toBeNull();
    expect((await authorizeCredentials({ email: user.email, password: next }))?.id).toBe(user.id);
  });

  it("admin:create makes an administrator with an invitation link, recorded as done from the command line", async () => {
    const email = `first-admin-${unique()}@city.example.jp`;
    const created = await createAdminAccount({ email, name: "最初 管理者" }, "ja");
    expect(created).toMatchObject({ ok: true, data: { email } });
    if (!created.ok) return;
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "ADMIN", bureauId: null, passwordHash: null });
    expect((await audits(created.data.userId))[0]).toMatchObject({ actorId: null, action: "user.create", after: { via: "cli" } });
    expect(await createAdminAccount({ email, name: "二人目" }, "ja")).toMatchObject({ ok: false, reason: "user.emailTaken" });
  });
});

describe("user list", () => {
  it("shows admins everyone and a bureau's manager only its staff, with search and filters", async () => {
    const all = await listManagedUsers(bureau.users.admin.actor, parseUserFilters({ active: "all" }));
    expect(all.total).toBe(await db.user.count());
    const mine = await listManagedUsers(bureau.users.manager.actor, parseUserFilters({ active: "all" }));
    expect(mine.users.every((u) => u.role === "STAFF")).toBe(true);
    expect(mine.total).toBe(await db.user.count({ where: { role: "STAFF", bureauId: bureau.bureauId } }));
    const found = await listManagedUsers(bureau.users.admin.actor, parseUserFilters({ q: bureau.users.owner.email.toUpperCase() }));
    expect(found.users.map((u) => u.id)).toEqual([bureau.users.owner.id]);
    const bySection = await listManagedUsers(bureau.users.admin.actor, parseUserFilters({ section: sections["企画課"], role: "STAFF" }));
    expect(bySection.users.map((u) => u.id)).toContain(bureau.users.owner.id);
    expect(bySection.users.every((u) => u.role === "STAFF")).toBe(true);
    await expect(getManagedUser(bureau.users.manager.actor, bureau.users.admin.id)).rejects.toThrow("access denied");
    await expect(listManagedUsers(bureau.users.owner.actor, parseUserFilters({}))).rejects.toThrow("access denied");
  });
});
