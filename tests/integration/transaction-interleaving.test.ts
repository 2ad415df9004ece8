import { describe, expect, it } from "vitest";
import { revokeSessions } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories/documents";

/** A promise and the function that settles it: lets the test decide when each step happens. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

// Issue 19, finding 8: on SQLite the adapter has one connection, so a single
// statement issued while another request's interactive transaction was open
// ran inside it and was lost when that transaction rolled back.
describe("a write outside a transaction while another request's transaction is open", () => {
  it("waits for it and is not lost when it rolls back", async () => {
    const user = await createUser(db, { role: "STAFF" });
    const entered = gate();
    const finish = gate();
    // Request A: a save that fails after writing (e.g. a stale version) and rolls back.
    const saveThatFails = db
      .$transaction(async (tx) => {
        await tx.signInThrottle.create({ data: { key: `interleave:${user.id}`, failures: 1, windowStart: new Date() } });
        entered.open();
        await finish.opened;
        throw new Error("stale version");
      })
      .catch((error: Error) => error.message);
    await entered.opened;
    // Request B, meanwhile: a sign-out, one statement outside any transaction.
    const signOut = revokeSessions(user.id);
    // Give B every chance to run inside A before A rolls back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish.open();
    expect(await saveThatFails).toBe("stale version");
    await signOut;
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsRevokedAt: true } });
    expect(after.sessionsRevokedAt).not.toBeNull();
    expect(await db.signInThrottle.findUnique({ where: { key: `interleave:${user.id}` } })).toBeNull();
  });
});
