import { describe, expect, it } from "vitest";
import { oidcProvider, resolveSsoAccount, ssoConfig } from "@/lib/auth/sso";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { createUser } from "@/tests/factories/documents";

const subject = () => `sub-${Math.random().toString(36).slice(2, 10)}`;
const claimsFor = (email: string, sub = subject(), extra: Record<string, unknown> = {}) => ({ sub, email, email_verified: true, ...extra });

describe("single sign-on accounts (issue 13, part 4)", () => {
  it("signs in an active account by its verified email, then by its stored subject even after the email changed", async () => {
    const user = await createUser(db, { role: "STAFF" });
    const sub = subject();
    const first = await resolveSsoAccount(claimsFor(user.email.toUpperCase(), sub), "email");
    expect(first).toEqual({ ok: true, user: { id: user.id, name: user.name, email: user.email, role: "STAFF", bureauId: null, sectionId: null } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe(sub);
    const linked = await db.auditEntry.findMany({ where: { entityId: user.id, action: "user.ssoLinked" } });
    expect(linked.map((entry) => entry.after)).toEqual([{ oidcSubject: sub }]);

    const renamed = await resolveSsoAccount(claimsFor("renamed@directory.example.jp", sub), "email");
    expect(renamed.ok && renamed.user.id).toBe(user.id);
    // Linked once: the second sign-in writes nothing.
    expect(await db.auditEntry.count({ where: { entityId: user.id, action: "user.ssoLinked" } })).toBe(1);
  });

  it("refuses an unknown email, a deactivated account, an unverified email and an account tied to another subject", async () => {
    expect(await resolveSsoAccount(claimsFor("nobody-sso@example.jp"), "email")).toEqual({ ok: false, refusal: "unknown", email: "nobody-sso@example.jp" });

    const gone = await createUser(db, { role: "STAFF" });
    await db.user.update({ where: { id: gone.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await resolveSsoAccount(claimsFor(gone.email), "email")).toMatchObject({ ok: false, refusal: "inactive" });
    // Refusals store nothing.
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).oidcSubject).toBeNull();

    const user = await createUser(db, { role: "STAFF" });
    expect(await resolveSsoAccount(claimsFor(user.email, subject(), { email_verified: false }), "email")).toMatchObject({ ok: false, refusal: "unverified" });
    expect(await resolveSsoAccount({ sub: subject(), email: user.email }, "email")).toMatchObject({ ok: false, refusal: "unverified" });

    await resolveSsoAccount(claimsFor(user.email, "owner-subject"), "email");
    expect(await resolveSsoAccount(claimsFor(user.email, subject()), "email")).toMatchObject({ ok: false, refusal: "unknown" });
  });

  it("creates an account at first sign-in only when switched on: staff without a bureau, tied to the subject, audited; never over an existing address", async () => {
    const email = `new-sso-${subject()}@example.jp`;
    expect(await resolveSsoAccount(claimsFor(email), "email")).toMatchObject({ ok: false, refusal: "unknown" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const sub = subject();
    const created = await resolveSsoAccount(claimsFor(email, sub, { name: "新規 職員" }), "email", true);
    expect(created).toMatchObject({ ok: true, user: { name: "新規 職員", email, role: "STAFF", bureauId: null, sectionId: null } });
    const account = await db.user.findUniqueOrThrow({ where: { email } });
    expect(account).toMatchObject({ oidcSubject: sub, passwordHash: null, active: true });
    expect(await db.auditEntry.count({ where: { entityId: account.id, action: "user.ssoCreated" } })).toBe(1);
    // The next sign-in finds it; an unverified address or an address tied to another subject creates nothing.
    expect(await resolveSsoAccount(claimsFor(email, sub), "email", true)).toMatchObject({ ok: true, user: { id: account.id } });
    expect(await resolveSsoAccount(claimsFor(email, subject()), "email", true)).toMatchObject({ ok: false, refusal: "unknown" });
    expect(await resolveSsoAccount(claimsFor(`x-${email}`, subject(), { email_verified: false }), "email", true)).toMatchObject({ ok: false, refusal: "unverified" });
    expect(await db.user.count({ where: { email: `x-${email}` } })).toBe(0);
  });

  it("reads the address from the configured claim (Entra ID's preferred_username needs no email_verified)", async () => {
    const user = await createUser(db, { role: "MANAGER" });
    const resolution = await resolveSsoAccount({ sub: subject(), preferred_username: user.email, email: "other@example.jp" }, "preferred_username");
    expect(resolution.ok && resolution.user.id).toBe(user.id);
    expect(await resolveSsoAccount({ sub: subject() }, "preferred_username")).toMatchObject({ ok: false, refusal: "unknown" });
  });

  it("gives next-auth's profile() the portal account, or a person marked as refused", async () => {
    const config = ssoConfig(readEnv({ NODE_ENV: "test", OIDC_ISSUER: "https://login.example.jp/realms/city", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "s" }))!;
    const provider = oidcProvider(config);
    expect(provider).toMatchObject({ wellKnown: "https://login.example.jp/realms/city/.well-known/openid-configuration", checks: ["pkce", "state", "nonce"], idToken: true });
    const user = await createUser(db, { role: "STAFF" });
    expect(await provider.profile!(claimsFor(user.email), {})).toMatchObject({ id: user.id, role: "STAFF" });
    expect(await provider.profile!(claimsFor("stranger-sso@example.jp"), {})).toMatchObject({ ssoRefusal: "unknown" });
  });
});

describe("single sign-on settings", () => {
  const env = (vars: Record<string, string>) => () => readEnv({ NODE_ENV: "test", ...vars });
  it("are off unless issuer, client id and secret come together, and password sign-in may be turned off only with them", () => {
    expect(ssoConfig(env({})())).toBeNull();
    expect(env({ OIDC_ISSUER: "https://login.example.jp" })).toThrow(/set together/);
    expect(env({ PASSWORD_SIGNIN: "off" })).toThrow(/PASSWORD_SIGNIN=off needs single sign-on/);
    expect(env({ OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" })).toThrow(/OIDC_ISSUER/);
    const on = env({ OIDC_ISSUER: "https://login.example.jp", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b", PASSWORD_SIGNIN: "off", OIDC_EMAIL_CLAIM: "upn" })();
    expect(ssoConfig(on)).toEqual({ issuer: "https://login.example.jp", clientId: "a", clientSecret: "b", emailClaim: "upn", displayName: null, createAccounts: false });
    expect(ssoConfig(env({ OIDC_ISSUER: "https://login.example.jp", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b", OIDC_CREATE_ACCOUNTS: "on" })())?.createAccounts).toBe(true);
    expect(env({ OIDC_CREATE_ACCOUNTS: "yes" })).toThrow(/OIDC_CREATE_ACCOUNTS/);
  });
});
