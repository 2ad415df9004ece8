import { describe, expect, it } from "vitest";
import { GET as openDataRoute } from "@/app/public/data/[bureau]/[file]/route";
import { updateBureau } from "@/lib/commands/organisation";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { getPublishedDocument, listPublished } from "@/lib/data/public-documents";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

const stampInterval = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe("the public site's cache", () => {
  it("serves repeated reads from memory, and a publish, an unpublish or a change to a published report is seen at the next read", async () => {
    const bureau = await createReportingBureau(db);
    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const periodId = (await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId } })).id;
    const listed = async () => (await listPublished()).some((e) => e.bureau.code === code);
    const openDataJson = () =>
      openDataRoute(new Request(`http://portal.test/public/data/${code}/2024-11-30.json`), { params: Promise.resolve({ bureau: code, file: "2024-11-30.json" }) });

    // Read before publishing, so that the cache holds "not published".
    expect(await getPublishedDocument(code, "2024-11-30")).toBeNull();
    expect(await listed()).toBe(false);

    // The approved report says the milestone was done on 2024-11-15.
    await db.milestoneCompletion.upsert({
      where: { milestoneId_periodId: { milestoneId: bureau.milestoneId, periodId } },
      create: { milestoneId: bureau.milestoneId, periodId, doneDate: new Date("2024-11-15T00:00:00Z") },
      update: { doneDate: new Date("2024-11-15T00:00:00Z") },
    });
    expect((await publishDocument(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    const published = await getPublishedDocument(code, "2024-11-30");
    expect(published?.issues[0]?.progress?.text).toBe("進捗");
    expect(published?.issues[0]?.milestones).toEqual([{ title: "会議を開催", plannedText: expect.any(String), doneDate: "2024-11-15" }]);
    expect(await listed()).toBe(true);
    expect(await (await openDataJson()).text()).toContain("進捗");

    // A write that bypasses every command changes nothing the stamp watches:
    // a read after the stamp check is the cached one, which shows the read is not a new load.
    const report = await db.progressReport.findFirstOrThrow({ where: { periodId } });
    await db.$executeRaw`UPDATE "ProgressReport" SET "progressText" = ${"キャッシュ外の変更"} WHERE "id" = ${report.id}`;
    await stampInterval();
    expect((await getPublishedDocument(code, "2024-11-30"))?.issues[0]?.progress?.text).toBe("進捗");
    expect(await (await openDataJson()).text()).not.toContain("キャッシュ外の変更");

    // A report of the published date that is no longer approved (reopened) leaves the page at the
    // next stamp check (at most a second later, on every instance).
    await db.progressReport.update({ where: { id: report.id }, data: { workflowState: "SUBMITTED" } });
    await stampInterval();
    const reopened = await getPublishedDocument(code, "2024-11-30");
    expect(reopened?.issues[0]?.progress).toBeNull();
    expect(reopened?.issues[0]?.milestones[0]?.doneDate).toBeNull();
    await db.progressReport.update({ where: { id: report.id }, data: { workflowState: "APPROVED" } });
    await stampInterval();
    expect((await getPublishedDocument(code, "2024-11-30"))?.issues[0]?.progress?.text).toBe("キャッシュ外の変更");
    expect(await (await openDataJson()).text()).toContain("キャッシュ外の変更");

    // A bureau's new code and name (an audited city-wide write) reach the cached list at the next stamp
    // check; the entry keeps the name the bureau had on its date, as its page does (decision 044).
    const before = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
    expect((await listPublished()).find((e) => e.bureau.code === code)?.bureau.name).toBe(before.name);
    const recode = (newCode: string, name: string) =>
      updateBureau(bureau.users.admin.actor, { bureauId: before.id, name, code: newCode, kind: before.kind, sortOrder: before.sortOrder }, "ja");
    expect((await recode(`${code}-new`, "改称後の局")).ok).toBe(true);
    await stampInterval();
    const entries = await listPublished();
    expect(entries.some((e) => e.bureau.code === code)).toBe(false);
    expect(entries.find((e) => e.bureau.code === `${code}-new`)?.bureau.name).toBe(before.name);
    expect((await recode(code, "改称後の局")).ok).toBe(true);
    await stampInterval();
    expect(await listed()).toBe(true);

    expect((await unpublishDocument(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    expect(await getPublishedDocument(code, "2024-11-30")).toBeNull();
    expect(await listed()).toBe(false);
    expect((await openDataJson()).status).toBe(404);
  });
});
