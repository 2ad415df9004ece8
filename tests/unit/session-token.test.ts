import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, encodeSessionToken, readSessionCookie } from "@/lib/auth/session-token";

const secret = "unit-test-secret-that-is-long-enough-0123456789";
const token = { sub: "user-1", name: "職員", email: "staff@example.jp", role: "STAFF" as const, bureauId: "b1", sectionId: "s1", signedInAt: 1_700_000_000_000 };
const cookieJar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });

describe("session token (next-auth's format, key derived once)", () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
    vi.useRealTimers();
  });

  it("decodes a token next-auth issued (sessions from before the change stand) and next-auth decodes ours", async () => {
    const issuedByNextAuth = await encode({ token, secret, maxAge: 3600 });
    expect(await decodeSessionToken({ token: issuedByNextAuth, secret })).toMatchObject(token);
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    const decoded = await decode({ token: ours, secret });
    expect(decoded).toMatchObject(token);
    // The same claims next-auth sets: issued now, expiring after maxAge, a unique id.
    expect(decoded!.exp).toBe((decoded!.iat as number) + 3600);
    expect(decoded!.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs((decoded!.iat as number) - Date.now() / 1000)).toBeLessThan(5);
  });

  it("refuses an expired token, another secret's token and an altered token", async () => {
    await expect(decodeSessionToken({ token: await encode({ token, secret, maxAge: -60 }), secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token: await encodeSessionToken({ token, secret: "another-secret-entirely-0123456789abcdef" }), secret })).rejects.toThrow();
    const valid = await encodeSessionToken({ token, secret });
    const parts = valid.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
  });

  it("keeps each secret's key apart", async () => {
    const other = "second-secret-for-the-key-cache-0123456789";
    const first = await encodeSessionToken({ token, secret });
    const second = await encodeSessionToken({ token, secret: other });
    expect(await decode({ token: first, secret })).toMatchObject(token);
    expect(await decode({ token: second, secret: other })).toMatchObject(token);
    await expect(decodeSessionToken({ token: second, secret })).rejects.toThrow();
  });

  it("reads the session cookie (joined from next-auth's chunks, __Secure- under https) and nothing else", async () => {
    process.env.NEXTAUTH_SECRET = secret;
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const value = await encode({ token, secret, maxAge: 3600 });
    expect(await readSessionCookie(cookieJar({ "next-auth.session-token": value }))).toMatchObject(token);
    const cut = Math.floor(value.length / 2);
    expect(await readSessionCookie(cookieJar({ "next-auth.session-token.1": value.slice(cut), "next-auth.session-token.0": value.slice(0, cut) }))).toMatchObject(token);
    expect(await readSessionCookie(cookieJar({ "other-cookie": value }))).toBeNull();
    expect(await readSessionCookie(cookieJar({ "next-auth.session-token": `${value}x` }))).toBeNull();
    expect(await readSessionCookie(cookieJar({ "next-auth.session-token": await encode({ token, secret, maxAge: -60 }) }))).toBeNull();

    process.env.NEXTAUTH_URL = "https://portal.example.jp";
    expect(await readSessionCookie(cookieJar({ "next-auth.session-token": value }))).toBeNull();
    expect(await readSessionCookie(cookieJar({ "__Secure-next-auth.session-token": value }))).toMatchObject(token);

    delete process.env.NEXTAUTH_SECRET;
    expect(await readSessionCookie(cookieJar({ "__Secure-next-auth.session-token": value }))).toBeNull();
  });

  it("answers a cookie read before from memory only while its token is unexpired and under the same secret", async () => {
    process.env.NEXTAUTH_SECRET = secret;
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    vi.useFakeTimers({ toFake: ["Date"] });
    const value = await encode({ token, secret, maxAge: 60 });
    const jar = cookieJar({ "next-auth.session-token": value });
    expect(await readSessionCookie(jar)).toMatchObject(token);
    expect(await readSessionCookie(jar)).toMatchObject(token);
    // Within next-auth's 15 s of tolerance after the expiry, then past it.
    vi.setSystemTime(Date.now() + 70_000);
    expect(await readSessionCookie(jar)).toMatchObject(token);
    vi.setSystemTime(Date.now() + 10_000);
    expect(await readSessionCookie(jar)).toBeNull();

    const fresh = cookieJar({ "next-auth.session-token": await encode({ token, secret, maxAge: 3600 }) });
    expect(await readSessionCookie(fresh)).toMatchObject(token);
    process.env.NEXTAUTH_SECRET = "a-rotated-secret-that-is-long-enough-0123456789";
    expect(await readSessionCookie(fresh)).toBeNull();
  });
});
