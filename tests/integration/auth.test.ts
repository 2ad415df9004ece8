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
    const users = await db.user.findMany({ select: { passwordHash: true } });
    for (const { passwordHash } of users) {
      expect(passwordHash).toMatch(/^\$2[aby]\$10\$/);
      expect(passwordHash).not.toContain(DEMO_PASSWORD);
    }
  });
});
