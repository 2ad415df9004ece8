import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { listAllAuditEntries, listAuditEntries, listAuditFilterOptions } from "@/lib/data/audit-log";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { exportAuditLog } from "@/lib/export/audit-log-export";
import { createTranslator } from "@/lib/i18n/messages";
import { parseAuditFilters } from "@/lib/validation/audit";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let code: string;
const filters = (params: Record<string, string> = {}) => parseAuditFilters({ bureau: code, ...params });

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
  const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
  const { manager, admin } = bureau.users;
  await updateIssueText(manager.actor, { ...issue, issueId: issue.id, summaryBullets: "要旨", content: "改めた内容" }, "ja");
  await openPeriod(admin.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
});

describe("the audit log, filtered and scoped", () => {
  it("shows a bureau manager their bureau's entries only, and refuses staff", async () => {
    const own = await listAllAuditEntries(bureau.users.manager.actor, parseAuditFilters({}));
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(new Set(own.map((e) => e.bureauId))).toEqual(new Set([bureau.bureauId]));
    await expect(listAuditEntries(bureau.users.owner.actor, parseAuditFilters({}))).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("filters by action, user, issue and date range", async () => {
    const { auditor, manager, admin } = bureau.users;
    const actions = async (params: Record<string, string>) => (await listAllAuditEntries(auditor.actor, filters(params))).map((e) => e.action);
    expect(await actions({})).toEqual(["document.import", "issue.update", "period.open"]);
    expect(await actions({ action: "issue.update" })).toEqual(["issue.update"]);
    expect(await actions({ user: manager.id })).toEqual(["issue.update"]);
    expect(await actions({ user: admin.id })).toEqual(["period.open"]);
    expect(await actions({ issue: bureau.issueId })).toEqual(["issue.update"]);
    const today = toPlainDate(new Date(Date.now() + 9 * 60 * 60 * 1000));
    expect(await actions({ from: today, to: today })).toHaveLength(3);
    expect(await actions({ to: "2020-01-01" })).toEqual([]);
  });

  it("offers as action filters exactly the actions each reader's entries hold", async () => {
    const { auditor, manager } = bureau.users;
    const seen = async (where: { bureauId?: string }) => [...new Set((await db.auditEntry.findMany({ where, select: { action: true } })).map((e) => e.action))].sort();
    expect((await listAuditFilterOptions(auditor.actor, undefined)).actions).toEqual(await seen({}));
    const own = (await listAuditFilterOptions(manager.actor, undefined)).actions;
    expect(own).toEqual(await seen({ bureauId: bureau.bureauId }));
    expect(own).toEqual(expect.arrayContaining(["document.import", "issue.update", "period.open"]));
  });

  it("pages newest first", async () => {
    const { entries, hasMore } = await listAuditEntries(bureau.users.auditor.actor, filters());
    expect(entries.map((e) => e.action)).toEqual(["period.open", "issue.update", "document.import"]);
    expect(hasMore).toBe(false);
    const older = await listAuditEntries(bureau.users.auditor.actor, filters({ before: String(entries[0]!.id) }));
    expect(older.entries.map((e) => e.action)).toEqual(["issue.update", "document.import"]);
  });

  it("exports the filtered log as CSV and records that export", async () => {
    const auditor = bureau.users.auditor;
    const file = await exportAuditLog(auditor, filters(), "csv", createTranslator("ja"), "ja");
    const rows = parse(file.body.toString("utf8"), { bom: true }) as string[][];
    expect(rows.slice(1, -1).map((r) => r[3])).toEqual(["document.import", "issue.update", "period.open"]);
    expect(rows.at(-1)![1]).toMatch(/^AUDIT-CHECKPOINT\/1 id=\d+ /);
    expect(JSON.parse(rows[2]![9]!)).toMatchObject({ content: "改めた内容" });
    const recorded = await db.auditEntry.findFirst({ where: { action: "export.audit", actorId: auditor.id } });
    expect(recorded?.after).toMatchObject({ entries: 3, format: "csv" });
  });
});
