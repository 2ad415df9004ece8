import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { db } from "@/lib/db";
import { getDocumentOverview, listReadableBureaus } from "@/lib/data/documents";
import { getIssueDetail } from "@/lib/data/issues";
import { createDocument, createUser } from "@/tests/factories/documents";

describe("reads are scoped to what the user may see", () => {
  let seisaku: { id: string };
  let other: Awaited<ReturnType<typeof createDocument>>;
  beforeAll(async () => {
    seisaku = await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } });
    other = await createDocument(db);
  });

  it("staff see their own bureau only", async () => {
    const staff = await createUser(db, { role: "STAFF", bureauId: seisaku.id, sectionId: null });
    const bureaus = await listReadableBureaus(staff.actor);
    expect(bureaus.map((b) => b.id)).toEqual([seisaku.id]);
    await expect(getIssueDetail(staff.actor, other.issueId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getDocumentOverview(staff.actor, other.bureauId, 2024)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("a bureau manager is refused another bureau", async () => {
    const manager = await createUser(db, { role: "MANAGER", bureauId: seisaku.id });
    await expect(getIssueDetail(manager.actor, other.issueId)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("city-level managers and auditors see every bureau", async () => {
    for (const role of ["MANAGER", "AUDITOR", "ADMIN"] as const) {
      const user = await createUser(db, { role });
      const ids = (await listReadableBureaus(user.actor)).map((b) => b.id);
      expect(ids).toEqual(expect.arrayContaining([seisaku.id, other.bureauId]));
      expect((await getIssueDetail(user.actor, other.issueId))?.code).toBe("A(1)");
    }
  });

  it("returns null for an issue that does not exist", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    expect(await getIssueDetail(auditor.actor, "no-such-issue")).toBeNull();
  });

  it("gives the home page each issue's latest report with its date", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    const overview = await getDocumentOverview(auditor.actor, seisaku.id, 2024);
    const issues = overview?.areas.flatMap((a) => a.issues) ?? [];
    expect(issues.map((i) => i.code)).toEqual(["A(1)", "A(2)", "A(3)", "B(1)", "B(2)", "B(3)", "B(4)", "B(5)", "B(6)", "C(1)"]);
    for (const issue of issues) {
      expect(issue.latestReport?.workflowState).toBe("APPROVED");
      expect(issue.latestReport?.asOfDate.toISOString()).toBe("2024-11-30T00:00:00.000Z");
    }
    expect(issues.filter((i) => i.isAffiliatedBody).map((i) => i.code)).toEqual(["B(5)", "B(6)"]);
  });
});
