import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditConfig } from "@/lib/audit/audit-config";
import { type Checkpoint, checkpointSignatureValid, parsePrintedCheckpoint } from "@/lib/audit/checkpoint";
import { readCheckpointFile } from "@/lib/audit/checkpoint-file";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { closePeriod, openPeriod } from "@/lib/commands/periods";
import { getAuditAnchors } from "@/lib/data/audit-anchors";
import { db } from "@/lib/db";
import { extractPdfText } from "@/lib/documents/pdf-text";
import { exportAuditLog } from "@/lib/export/audit-log-export";
import { runExport } from "@/lib/export/run-export";
import { createTranslator } from "@/lib/i18n/messages";
import { parseAuditFilters } from "@/lib/validation/audit";
import { createReportingBureau } from "@/tests/factories/reporting";

// Checkpoints are written where the issue asks (every export, every period
// close) to the configured file, and each export prints the one made for it.

const t = createTranslator("ja");
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let code: string;

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
});

const lastOnFile = async () => (await readCheckpointFile(auditConfig().checkpointFile!)).checkpoints.at(-1)!;
const withoutNumber = ({ n: _n, ...checkpoint }: Checkpoint & { n: number }) => checkpoint;

/** The printed checkpoint is the one appended to the file for this export, it heads the chain at the export's own entry, and the chain verifies against it. */
async function expectAnchorOfExport(printed: Checkpoint | null, action: string) {
  expect(printed).not.toBeNull();
  expect(printed).toEqual(withoutNumber(await lastOnFile()));
  expect(printed!.reason).toBe("export");
  expect(checkpointSignatureValid(printed!, auditConfig().publicKey!)).toBe(true);
  const entry = await db.auditEntry.findUniqueOrThrow({ where: { id: printed!.lastId } });
  expect(entry).toMatchObject({ action, actorId: bureau.users.auditor.id, seq: printed!.count, hash: printed!.mac });
  expect(await verifyAuditChain(db, { checkpoints: [{ ...printed!, n: 1 }] })).toMatchObject({ ok: true, checkpointsMatched: 1 });
}

describe("checkpoints printed in every export", () => {
  it("prints it in the PDF's last-page footer", async () => {
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2024-11-30", format: "pdf" }, t))!;
    const text = await extractPdfText(new Uint8Array(file.body));
    const { name } = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
    const footers = [...text.matchAll(new RegExp(`${name}-(\\d+)`, "g"))];
    expect(footers.length).toBeGreaterThan(0);
    // Only the last page carries it: nothing before that page's footer.
    expect(parsePrintedCheckpoint(text.slice(0, footers.at(-1)!.index))).toBeNull();
    await expectAnchorOfExport(parsePrintedCheckpoint(text), "export.pdf");
  }, 60_000);

  it("gives it a sheet of its own in the xlsx", async () => {
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2024-11-30", format: "xlsx" }, t))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("監査チェックポイント")!;
    const printed = parsePrintedCheckpoint(String(sheet.getRow(2).getCell(2).value));
    expect(sheet.getRow(3).getCell(2).value).toBe(printed?.lastId);
    await expectAnchorOfExport(printed, "export.xlsx");
  });

  it("ends the CSV with a trailer line", async () => {
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2024-11-30", format: "csv" }, t))!;
    const rows = parse(file.body.toString("utf8"), { bom: true }) as string[][];
    expect(rows.at(-1)![0]).toBe("監査ログのチェックポイント");
    await expectAnchorOfExport(parsePrintedCheckpoint(rows.at(-1)![1]!), "export.csv");
  });

  it("adds a field to the JSON, and to the audit log's own exports", async () => {
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2024-11-30", format: "json" }, t))!;
    const { printed, ...fields } = JSON.parse(file.body.toString("utf8")).auditCheckpoint;
    expect(parsePrintedCheckpoint(printed)).toEqual(fields);
    await expectAnchorOfExport(fields, "export.json");

    const log = await exportAuditLog(bureau.users.auditor, parseAuditFilters({}), "json", t, "ja");
    await expectAnchorOfExport(parsePrintedCheckpoint(JSON.parse(log.body.toString("utf8")).auditCheckpoint.printed), "export.audit");
  });
});

describe("checkpoints at a period close, and on the auditor page", () => {
  it("appends one when a period closes, heading the chain at the close", async () => {
    const manager = bureau.users.manager.actor;
    const opened = await openPeriod(manager, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!opened.ok) throw new Error("open failed");
    const before = (await readCheckpointFile(auditConfig().checkpointFile!)).total;
    expect(await closePeriod(manager, { periodId: opened.data.periodId }, "ja")).toMatchObject({ ok: true });
    const { total, checkpoints } = await readCheckpointFile(auditConfig().checkpointFile!);
    expect(total).toBe(before + 1);
    const checkpoint = checkpoints.at(-1)!;
    expect(checkpoint.reason).toBe("period.close");
    const close = await db.auditEntry.findFirstOrThrow({ where: { action: "period.close", entityId: opened.data.periodId } });
    expect(checkpoint).toMatchObject({ lastId: close.id, count: close.seq, mac: close.hash });
  });

  it("shows the current head and the newest checkpoints first", async () => {
    const anchors = await getAuditAnchors(bureau.users.auditor.actor, 3);
    const newest = await db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(anchors.head).toEqual({ lastId: newest.id, count: newest.seq, mac: newest.hash });
    if (anchors.file.state !== "read") throw new Error(`checkpoint file ${anchors.file.state}`);
    expect(anchors.file.latest).toHaveLength(3);
    expect(anchors.file.latest[0]).toEqual(await lastOnFile());
    expect(anchors.file.latest.map((c) => c.n)).toEqual([anchors.file.total, anchors.file.total - 1, anchors.file.total - 2]);
    await expect(getAuditAnchors(bureau.users.owner.actor)).rejects.toThrow();
  });
});
