import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { authOptions } from "@/lib/auth/options";
import { listAllAuditEntries } from "@/lib/data/audit-log";
import { db } from "@/lib/db";
import { exportAuditLog } from "@/lib/export/audit-log-export";
import { createTranslator } from "@/lib/i18n/messages";
import { parseAuditFilters } from "@/lib/validation/audit";
import { createUser } from "@/tests/factories/documents";

const entriesFor = (email: string) =>
  db.auditEntry.findMany({ where: { action: { startsWith: "auth." } }, orderBy: { id: "asc" } }).then((rows) => rows.filter((row) => (row.after as { email?: string } | null)?.email === email));

// Issue 18, item 1: who was in the system on a given day, and who tried.
describe("sign-in events in the audit chain", () => {
  it("records a sign-in with the user, the time and the outcome", async () => {
    const bureau = await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } });
    const user = await createUser(db, { role: "STAFF", bureauId: bureau.id, password: "right-password" });
    const before = new Date();
    expect(await authorizeCredentials({ email: user.email, password: "right-password" })).not.toBeNull();
    const [entry] = await entriesFor(user.email);
    expect(entry).toMatchObject({ action: "auth.signIn", actorId: user.id, entityType: "User", entityId: user.id, bureauId: bureau.id });
    expect(entry!.after).toMatchObject({ email: user.email, outcome: "signIn", address: null });
    expect(entry!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("records a failure for a known and an unknown email in exactly the same shape", async () => {
    const user = await createUser(db, { role: "STAFF", password: "right-password" });
    const unknown = `nobody-${Date.now()}@example.jp`;
    expect(await authorizeCredentials({ email: user.email, password: "wrong" })).toBeNull();
    expect(await authorizeCredentials({ email: unknown, password: "wrong" })).toBeNull();
    const [known] = await entriesFor(user.email);
    const [stranger] = await entriesFor(unknown);
    // Everything an entry says but its time, its place in the chain and the email typed.
    const shape = (entry: typeof known) => ({ actorId: entry!.actorId, action: entry!.action, entityType: entry!.entityType, bureauId: entry!.bureauId, before: entry!.before, after: { ...(entry!.after as object), email: "" } });
    expect(known).toMatchObject({ action: "auth.signInFailed", actorId: null, entityType: "SignIn", entityId: user.email, bureauId: null });
    expect(shape(stranger)).toEqual(shape(known));
  });

  it("records a lockout, and a sign-out that ends every session", async () => {
    const user = await createUser(db, { role: "STAFF", password: "right-password" });
    for (let i = 0; i < 5; i++) await authorizeCredentials({ email: user.email, password: "wrong" });
    await expect(authorizeCredentials({ email: user.email, password: "right-password" })).rejects.toThrow("locked");
    await authOptions.events!.signOut!({ token: { sub: user.id, email: user.email, bureauId: null } as never, session: null as never });
    const actions = (await entriesFor(user.email)).map((entry) => entry.action);
    expect(actions).toEqual([...Array(5).fill("auth.signInFailed"), "auth.signInLocked", "auth.signOut"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionsRevokedAt).not.toBeNull();
  }, 30_000);

  it("can be filtered on /audit and is in its exports, named in the reader's language", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const failures = await listAllAuditEntries(admin.actor, parseAuditFilters({ action: "auth.signInFailed" }));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((entry) => entry.action === "auth.signInFailed")).toBe(true);
    const file = await exportAuditLog(admin, parseAuditFilters({ action: "auth.signInFailed" }), "csv", createTranslator("ja"), "ja");
    // The file ends with the chain's checkpoint line, which is not an entry.
    const rows = parse(file.body.toString("utf8").replace(/^\uFEFF/, ""), { columns: true, relax_column_count: true }) as Record<string, string>[];
    expect(rows.filter((row) => Object.values(row).includes("ログイン失敗")).length).toBe(failures.length);
  });
});
