import { describe, expect, it } from "vitest";
import { accountsWithDemoPassword, productionProblems, secretProblems } from "@/lib/deploy/production-check";
import { db } from "@/lib/db";
import { demoUsers } from "@/prisma/seed-data/demo-users";

describe("production start check", () => {
  it("refuses a missing or short NEXTAUTH_SECRET, one line each", () => {
    expect(secretProblems(undefined)).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET is not set/)]);
    expect(secretProblems("")).toHaveLength(1);
    expect(secretProblems("x".repeat(31))).toEqual([expect.stringContaining("31 characters")]);
    expect(secretProblems("x".repeat(32))).toEqual([]);
    for (const line of [...secretProblems(undefined), ...secretProblems("short")]) expect(line).not.toContain("\n");
  });

  it("names every active account that still has the demo password, also one that copied a demo hash", async () => {
    expect(await accountsWithDemoPassword(db)).toEqual(demoUsers.map((u) => u.email).sort());
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: "admin@example.jp" } });
    const copy = await db.user.create({ data: { email: "copied-demo@example.jp", name: "複製", role: "STAFF", passwordHash } });
    expect(await accountsWithDemoPassword(db)).toContain("copied-demo@example.jp");
    // A deactivated account cannot sign in, so it no longer stops the start.
    await db.user.update({ where: { id: copy.id }, data: { active: false } });
    expect(await accountsWithDemoPassword(db)).not.toContain("copied-demo@example.jp");
    await db.user.delete({ where: { id: copy.id } });

    const problems = await productionProblems("y".repeat(40), db);
    expect(problems).toEqual([expect.stringMatching(/^6 active account\(s\) still have the published demo password \(admin@example\.jp, /)]);
  });
});
