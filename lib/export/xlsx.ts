import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import { type Checkpoint, formatCheckpoint } from "@/lib/audit/checkpoint";
import type { ExportData } from "@/lib/data/export-data";
import { parsePlainDate } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/messages";
import { evaluationText, planLinksText } from "./progress-rows";

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  /** Written as real Excel dates: a day, or a day and time (Japan time). */
  date?: "day" | "time";
}

const asDate = (value: string | null) => (value === null ? null : parsePlainDate(value));
// Excel dates carry no zone: write the wall-clock time of Japan.
const inJapanTime = (iso: string) => new Date(new Date(iso).getTime() + 9 * 60 * 60 * 1000);

/**
 * The workbook: a summary sheet naming the bureaus, date and time of the
 * export, then issues (①–④), progress reports by date (⑤), indicator values,
 * milestones, the audit log, and the audit log's checkpoint made for this export. Written with exceljs's streaming writer, so a
 * whole city's workbook is never held as a DOM; header rows are frozen.
 */
export async function writeXlsx(data: ExportData, checkpoint: Checkpoint | null, t: Translate): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = data.generatedBy.name;
  workbook.created = new Date(data.generatedAt);

  function sheet(name: string, columns: Column[], rows: Iterable<Cell[]>) {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width, style: c.date ? { numFmt: c.date === "day" ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss" } : { alignment: { wrapText: true, vertical: "top" } } }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    // exceljs gives each row and cell a style object of its own and renders each to XML
    // to find its id: most of a city's workbook time (decision 111). Rows, and cells of a
    // column and value type, share one object (the first exceljs made), found in its WeakMap.
    let rowStyle: Partial<ExcelJS.Style> | undefined;
    const cellStyles = new Map<number, Partial<ExcelJS.Style>>();
    for (const values of rows) {
      // A row's style object is there at run time but not in exceljs's types.
      const row = worksheet.addRow(values) as ExcelJS.Row & { style: Partial<ExcelJS.Style> };
      rowStyle ??= row.style;
      row.style = rowStyle;
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const key = column * 32 + cell.effectiveType;
        const style = cellStyles.get(key);
        if (style) cell.style = style;
        else cellStyles.set(key, cell.style);
      });
      row.commit();
    }
    worksheet.commit();
  }

  const issues = data.bureaus.flatMap((bureau) => bureau.issues.map((issue) => ({ bureau, issue })));
  sheet(t("export.sheet.summary"), [{ header: t("export.column.item"), width: 24 }, { header: t("export.column.value"), width: 60 }], [
    [t("export.column.bureau"), data.bureaus.map((b) => b.name).join("、")],
    [t("export.column.reportingDate"), data.reportingDate],
    [t("export.column.generatedAt"), data.generatedAt],
    [t("export.column.generatedBy"), `${data.generatedBy.name} <${data.generatedBy.email}>`],
  ]);
  sheet(
    t("export.sheet.issues"),
    [
      { header: t("export.column.bureau"), width: 14 }, { header: t("export.column.code"), width: 8 }, { header: t("export.column.area"), width: 6 },
      { header: t("export.column.version"), width: 6 }, { header: t("export.column.name"), width: 40 }, { header: t("export.column.content"), width: 60 },
      { header: t("export.column.background"), width: 60 }, { header: t("export.column.measures"), width: 60 },
      { header: t("export.column.owningSection"), width: 18 }, { header: t("export.column.affiliated"), width: 8 },
      { header: t("export.column.planLinks"), width: 40 }, { header: t("export.column.sdgGoals"), width: 10 },
    ],
    issues.map(({ bureau, issue }) => [
      bureau.name, issue.code, issue.area, issue.version, issue.name, issue.content, issue.background, issue.measures, issue.owningSection, issue.isAffiliatedBody ? t("export.yes") : "",
      planLinksText(issue, t), issue.sdgGoals.join(", "),
    ]),
  );
  sheet(
    t("export.sheet.reports"),
    [
      { header: t("export.column.bureau"), width: 14 }, { header: t("export.column.code"), width: 8 }, { header: t("export.column.reportingDate"), width: 12, date: "day" },
      { header: t("export.column.progress"), width: 80 }, { header: t("export.column.status"), width: 10 }, { header: t("export.column.workflow"), width: 10 },
      { header: t("export.column.approvedBy"), width: 14 }, { header: t("export.column.approvedAt"), width: 12, date: "day" },
    ],
    issues.flatMap(({ bureau, issue }) =>
      issue.reports.map((r) => [bureau.name, issue.code, asDate(r.reportingDate), r.text, t(`status.${r.status}`), t(`workflow.${r.workflowState}`), r.approvedBy, asDate(r.approvedAt)]),
    ),
  );
  sheet(
    t("export.sheet.indicators"),
    [
      { header: t("export.column.bureau"), width: 14 }, { header: t("export.column.code"), width: 8 }, { header: t("indicator.name"), width: 40 },
      { header: t("export.column.reportingDate"), width: 12, date: "day" }, { header: t("dashboard.actual"), width: 10 },
      { header: t("indicator.baseline"), width: 10 }, { header: t("indicator.target"), width: 10 }, { header: t("export.column.unit"), width: 8 },
      { header: t("export.column.rate"), width: 10 }, { header: t("kpi.grade"), width: 24 },
    ],
    issues.flatMap(({ bureau, issue }) =>
      issue.indicators.flatMap((i) =>
        i.values.length
          ? i.values.map((v) => [bureau.name, issue.code, i.name, asDate(v.reportingDate), v.actual, i.baseline, i.target, i.unit, v.rate, evaluationText(v, t)])
          : [[bureau.name, issue.code, i.name, null, null, i.baseline, i.target, i.unit, null, null]],
      ),
    ),
  );
  sheet(
    t("export.sheet.milestones"),
    [
      { header: t("export.column.bureau"), width: 14 }, { header: t("export.column.code"), width: 8 }, { header: t("export.column.milestone"), width: 50 },
      { header: t("dashboard.planned"), width: 12, date: "day" }, { header: t("export.column.plannedFiscalYear"), width: 10 }, { header: t("dashboard.done"), width: 12, date: "day" },
    ],
    issues.flatMap(({ bureau, issue }) => issue.milestones.map((m) => [bureau.name, issue.code, m.title, asDate(m.plannedDate), m.plannedFiscalYear, asDate(m.doneDate)])),
  );
  sheet(
    t("export.sheet.audit"),
    [
      { header: "ID", width: 8 }, { header: t("audit.column.at"), width: 20, date: "time" }, { header: t("audit.column.actor"), width: 16 },
      { header: t("audit.column.action"), width: 22 }, { header: t("audit.column.actionName"), width: 24 }, { header: t("audit.column.entity"), width: 30 },
      { header: t("export.column.bureau"), width: 14 },
    ],
    data.auditLog.map((e) => [e.id, inJapanTime(e.at), e.actor, e.action, auditActionLabel(e.action, t), `${e.entityType} ${e.entityId}`, e.bureau]),
  );
  if (checkpoint) {
    sheet(t("export.sheet.checkpoint"), [{ header: t("export.column.item"), width: 24 }, { header: t("export.column.value"), width: 100 }], [
      [t("export.checkpoint.title"), formatCheckpoint(checkpoint)],
      ["lastId", checkpoint.lastId],
      ["count", checkpoint.count],
      ["mac", checkpoint.mac],
      ["at", checkpoint.at],
      ["reason", checkpoint.reason],
      ["signer", checkpoint.signer],
      ["signature", checkpoint.signature],
      ["", t("export.checkpoint.lead")],
    ]);
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
