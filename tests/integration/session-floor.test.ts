import { beforeAll, describe, expect, it } from "vitest";
import { readSessionFloor, revokeSessions } from "@/lib/data/users";
import { db } from "@/lib/db";
import { ANY_CHANGE, bureauReportsScope, bureauScope, CITY_CHANGE, raiseReadModelStamps } from "@/lib/db/read-model-stamps";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

// What every signed-in request reads in one statement (decision 105): the account as it is now,
// the bell's unread count and the read-model counters, each as fresh as its own statement was.
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let sectionIds: string[];

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  sectionIds = (await db.section.findMany({ where: { bureauId: bureau.bureauId }, orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);
});

const stampsNow = async (scopes: string[]) =>
  Object.fromEntries(await Promise.all(scopes.map(async (scope) => [scope, (await db.readModelStamp.findUnique({ where: { scope } }))?.version ?? 0] as const)));

describe("the session's read", () => {
  it("gives the account as it is now, with every co-editing section, after an admin's change", async () => {
    const user = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId, sectionId: sectionIds[0] });
    const signedInAt = Date.now() - 1000;
    expect((await readSessionFloor(user.id, signedInAt))?.account).toEqual({
      name: user.name, email: user.email, role: "STAFF", bureauId: bureau.bureauId, sectionId: sectionIds[0], coEditSectionIds: [],
    });
    await db.user.update({ where: { id: user.id }, data: { role: "MANAGER", coEditSections: { create: [{ sectionId: sectionIds[2]! }, { sectionId: sectionIds[1]! }] } } });
    const after = await readSessionFloor(user.id, signedInAt);
    expect(after?.account).toMatchObject({ role: "MANAGER", coEditSectionIds: [sectionIds[1], sectionIds[2]] });
  });

  it("ends with sign-out, deactivation or a removed account", async () => {
    const user = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    const signedInAt = Date.now() - 1000;
    expect(await readSessionFloor(user.id, signedInAt)).not.toBeNull();
    await revokeSessions(user.id);
    expect(await readSessionFloor(user.id, signedInAt)).toBeNull();
    expect(await readSessionFloor(user.id, Date.now() + 1000)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await readSessionFloor(user.id, Date.now() + 1000)).toBeNull();
    expect(await readSessionFloor("no-such-user", signedInAt)).toBeNull();
    expect(await readSessionFloor(undefined, signedInAt)).toBeNull();
    expect(await readSessionFloor(user.id, undefined)).toBeNull();
  });

  it("counts only the user's own unread notifications, at once after they change", async () => {
    const user = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    const other = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    const signedInAt = Date.now() - 1000;
    expect((await readSessionFloor(user.id, signedInAt))?.unread).toBe(0);
    await db.notification.createMany({ data: [{ userId: user.id, kind: "PERIOD_OPENED" }, { userId: user.id, kind: "DEADLINE_SOON" }, { userId: other.id, kind: "PERIOD_OPENED" }] });
    // A co-editing section multiplies the account's rows, not the count.
    await db.userCoEditSection.createMany({ data: [{ userId: user.id, sectionId: sectionIds[1]! }, { userId: user.id, sectionId: sectionIds[2]! }] });
    expect((await readSessionFloor(user.id, signedInAt))?.unread).toBe(2);
    expect((await readSessionFloor(other.id, signedInAt))?.unread).toBe(1);
    await db.notification.updateMany({ where: { userId: user.id, kind: "PERIOD_OPENED" }, data: { readAt: new Date() } });
    expect((await readSessionFloor(user.id, signedInAt))?.unread).toBe(1);
  });

  it("brings the counters of the user's scopes as they are now, 0 for one never raised", async () => {
    const staff = await createUser(db, { role: "STAFF", bureauId: bureau.bureauId });
    const cityManager = await createUser(db, { role: "MANAGER" });
    const signedInAt = Date.now() - 1000;
    const reports = bureauReportsScope(bureau.bureauId);
    const scopes = [ANY_CHANGE, CITY_CHANGE, bureauScope(bureau.bureauId), reports];
    await raiseReadModelStamps(db, [{ action: "progress.save", bureauId: bureau.bureauId }, { action: "period.open", bureauId: bureau.bureauId }, { action: "user.update" }]);
    const before = await stampsNow(scopes);
    expect((await readSessionFloor(staff.id, signedInAt))?.stamps).toEqual(before);
    await raiseReadModelStamps(db, [{ action: "progress.save", bureauId: bureau.bureauId }]);
    const after = await readSessionFloor(staff.id, signedInAt);
    expect(after?.stamps).toEqual({ ...before, [ANY_CHANGE]: before[ANY_CHANGE]! + 1, [reports]: before[reports]! + 1 });
    // A city-level user has no bureau: its counters are the empty bureau's, never raised.
    expect((await readSessionFloor(cityManager.id, signedInAt))?.stamps).toEqual({
      [ANY_CHANGE]: after!.stamps[ANY_CHANGE], [CITY_CHANGE]: after!.stamps[CITY_CHANGE], [bureauScope("")]: 0, [bureauReportsScope("")]: 0,
    });
  });
});
