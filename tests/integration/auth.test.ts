import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed-data/demo-users";

describe("sign-in with credentials", () => {
  it("accepts every demo user's right password and returns their role and place", async () => {
    for (const demo of demoUsers) {
      const user = await authorizeCredentials({ email: demo.email, password: DEMO_PASSWORD });
      expect(user?.email).toBe(demo.email);
      expect(user?.role).toBe(demo.role);
      expect(user?.bureauId === null).toBe(demo.place.kind === "city");
      expect(user?.sectionId === null).toBe(demo.place.kind !== "section");
    }
  });

  it("ignores case and spaces around the email", async () => {
    expect(await authorizeCredentials({ email: "  STAFF@Example.JP ", password: DEMO_PASSWORD })).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and malformed input alike", async () => {
    expect(await authorizeCredentials({ email: "staff@example.jp", password: "wrong" })).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.jp", password: DEMO_PASSWORD })).toBeNull();
    expect(await authorizeCredentials({ email: "staff@example.jp" })).toBeNull();
    expect(await authorizeCredentials(null)).toBeNull();
  });

  it("stores only bcrypt hashes, never the password", async () => {
    // Invited accounts have no password (null) until they use their link.
    const users = await db.user.findMany({ where: { passwordHash: { not: null } }, select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(0);
    for (const { passwordHash } of users) {
      expect(passwordHash).toMatch(/^\$2[aby]\$10\$/);
      expect(passwordHash).not.toContain(DEMO_PASSWORD);
    }
  });
});

describe("repeated wrong passwords", () => {
  it("lock the account after five failures, even against the right password, until the lock ends", async () => {
    const { createUser } = await import("@/tests/factories/documents");
    const user = await createUser(db, { role: "STAFF", password: "right-password" });
    const request = { headers: { "x-forwarded-for": "203.0.113.5" } };
    for (let i = 0; i < 5; i++) expect(await authorizeCredentials({ email: user.email, password: "wrong" }, request)).toBeNull();
    await expect(authorizeCredentials({ email: user.email, password: "right-password" }, request)).rejects.toThrow("locked");
    // Another address does not help: the account itself is locked.
    await expect(authorizeCredentials({ email: user.email, password: "right-password" }, { headers: { "x-forwarded-for": "198.51.100.7" } })).rejects.toThrow("locked");
    await db.signInThrottle.update({ where: { key: `account:${user.email}` }, data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 60 * 60 * 1000) } });
    expect((await authorizeCredentials({ email: user.email, password: "right-password" }, request))?.id).toBe(user.id);
    // Success clears the account's count.
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  }, 30_000);

  it("let at most five of forty parallel wrong guesses reach the password check (issue 19, finding 5)", async () => {
    const { createUser } = await import("@/tests/factories/documents");
    const user = await createUser(db, { role: "STAFF", password: "right-password" });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () => authorizeCredentials({ email: user.email, password: "wrong" }).then(() => "checked", (error: Error) => error.message)),
    );
    expect(outcomes.filter((o) => o === "checked").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === "locked").length).toBeGreaterThanOrEqual(35);
    await expect(authorizeCredentials({ email: user.email, password: "right-password" })).rejects.toThrow("locked");
    expect((await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } }))?.lockedUntil).not.toBeNull();
  }, 30_000);

  it("end every session of a user who signs out", async () => {
    const { currentSessionUser, revokeSessions } = await import("@/lib/data/users");
    const { createUser } = await import("@/tests/factories/documents");
    const user = await createUser(db, { role: "STAFF" });
    const signedInAt = Date.now() - 1000;
    expect(await currentSessionUser(user.id, signedInAt)).toMatchObject({ email: user.email, role: "STAFF" });
    await revokeSessions(user.id);
    expect(await currentSessionUser(user.id, signedInAt)).toBeNull();
    expect(await currentSessionUser(user.id, Date.now() + 1)).not.toBeNull();
    expect(await currentSessionUser("no-such-user", signedInAt)).toBeNull();
  });
});
