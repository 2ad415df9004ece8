import "server-only";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { SessionUser } from "@/lib/auth/session";
import { getPlanDashboard, planNodeLabel } from "@/lib/data/plans";
import { formatDateBoth, japanFileStamp } from "@/lib/domain/dates";
import { gradeColumns } from "@/lib/domain/kpi-evaluation";
import { readEnv } from "@/lib/env";
import type { Translate } from "@/lib/i18n/messages";
import { auditExport } from "./export-anchor";
import { japaneseFonts } from "./fonts";
import type { ExportFile } from "./run-export";

// 「KPI達成状況」 as the city publishes it: counts per grade for each plan node,
// then every indicator under the plan with its grade, for one reporting date.
// The hierarchy is structure, never characters in the name cell (which would break
// sorting, filtering and copying): a depth column, and in the workbook Excel's own
// indent and outline level; the PDF indents the line.

type Cell = string | number | null;
/** A row and how deep its plan node sits (0: top level; list rows are not nested). */
interface Row {
  cells: Cell[];
  depth: number;
}
interface KpiReport {
  title: string;
  subtitle: string;
  summary: Row[];
  list: Row[];
}

async function buildReport(user: SessionUser, request: { plan?: string; bureau: string | null; date?: string }, t: Translate): Promise<KpiReport | null> {
  const dashboard = await getPlanDashboard(user, { planId: request.plan, bureauCode: request.bureau, date: request.date }, readEnv().KPI_GRADE_THRESHOLDS);
  if (!dashboard?.plan || !dashboard.date) return null;
  const { plan, figures, date } = dashboard;
  const grade = (column: (typeof gradeColumns)[number]) => (column === "UNRATED" ? t("planDashboard.unrated") : column);
  const summary: Row[] = [
    { cells: [t("planDashboard.node"), t("kpiReport.level"), t("kpiReport.depth"), ...gradeColumns.map(grade), t("dashboard.total")], depth: 0 },
    ...plan.nodes.map((node) => {
      const counts = figures.get(node.id)?.grades ?? { A: 0, B: 0, C: 0, D: 0, UNRATED: 0 };
      // Depth counted from 1 (the plan's top level), as a reader numbers levels.
      const cells = [planNodeLabel(node), plan.levelNames[node.level] ?? "", node.depth + 1, ...gradeColumns.map((c) => counts[c]), gradeColumns.reduce((sum, c) => sum + counts[c], 0)];
      return { cells, depth: node.depth };
    }),
  ];
  const list: Row[] = [{ cells: [t("planDashboard.node"), t("planDashboard.bureau"), t("export.column.code"), t("dashboard.issue"), t("indicator.name"), t("dashboard.actual"), t("export.column.rate"), t("kpi.grade")], depth: 0 }];
  for (const node of plan.nodes) {
    for (const { issue, indicator } of figures.get(node.id)?.indicators ?? []) {
      // Listed under the deepest node it is linked at, not again under every ancestor.
      if (!issue.nodeIds.includes(node.id) && !indicator.nodeIds.includes(node.id)) continue;
      const e = indicator.evaluation;
      list.push({ cells: [planNodeLabel(node), issue.bureauName, issue.code, issue.name, indicator.name, indicator.actual === null ? null : `${indicator.actual}${indicator.unit}`,
        e.rated ? e.rate : null, e.rated ? e.grade : t("kpi.unratedWithReason", { reason: t(`kpi.reason.${e.reason}`) })], depth: 0 });
    }
  }
  return {
    title: `${plan.name} ${t("kpiReport.title")}`,
    subtitle: `${dashboard.bureau?.name ?? t("planDashboard.cityWide")}　${t("dashboard.reportingDate")}：${formatDateBoth(date, "ja")}`,
    summary,
    list,
  };
}

async function toXlsx(report: KpiReport, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [[t("kpiReport.summarySheet"), report.summary], [t("kpiReport.listSheet"), report.list]] as const) {
    // Outline groups open from the parent row above them (Excel's default puts the summary below).
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3 }], properties: { outlineProperties: { summaryBelow: false, summaryRight: false } } });
    sheet.addRow([report.title]).font = { bold: true, size: 14 };
    sheet.addRow([report.subtitle]);
    for (const { cells, depth } of rows) {
      const row = sheet.addRow(cells);
      if (depth === 0) continue;
      // Excel allows outline levels up to 7.
      row.outlineLevel = Math.min(depth, 7);
      row.getCell(1).alignment = { indent: depth };
    }
    sheet.getRow(3).font = { bold: true };
    sheet.columns.forEach((column, index) => { column.width = index === 0 ? 40 : index === 3 || index === 4 ? 36 : 12; });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A tagged A4 PDF: title, the summary table, then the list, as plain rows (H1, H2, P). */
async function toPdf(report: KpiReport, t: Translate): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 48, bottom: 48, left: 48, right: 48 }, tagged: true, lang: "ja-JP", displayTitle: true, pdfVersion: "1.7", info: { Title: report.title } });
  doc.registerFont("regular", japaneseFonts.regular);
  doc.registerFont("bold", japaneseFonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  const root = doc.struct("Document");
  doc.addStructure(root);
  const text = (type: string, value: string, font: "regular" | "bold", size: number) =>
    doc.font(font).fontSize(size).text(value, { lineGap: 2, structParent: root, structType: type } as PDFKit.Mixins.TextOptions);
  text("H1", report.title, "bold", 16);
  text("P", report.subtitle, "regular", 10);
  for (const [heading, rows] of [[t("kpiReport.summarySheet"), report.summary], [t("kpiReport.listSheet"), report.list]] as const) {
    doc.moveDown(0.6);
    text("H2", heading, "bold", 12);
    for (const [index, { cells, depth }] of rows.entries()) {
      doc.x = doc.page.margins.left + depth * 12;
      text("P", cells.map((cell) => (cell === null ? "—" : String(cell))).join("　｜　"), index === 0 ? "bold" : "regular", 9);
    }
    doc.x = doc.page.margins.left;
  }
  root.end();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** The report as a file, audited like every export (the entry is committed before the file exists). Null: no plan or date. */
export async function runKpiReport(user: SessionUser, request: { plan?: string; bureau: string | null; date?: string; format: "pdf" | "xlsx" }, t: Translate): Promise<ExportFile | null> {
  const report = await buildReport(user, request, t);
  if (!report) return null;
  await auditExport({ actorId: user.id, action: "export.kpiReport", entityType: "Export", entityId: `kpi:${request.bureau ?? "all"}@${request.date ?? "latest"}`, after: { plan: request.plan ?? null, bureau: request.bureau, format: request.format } });
  const body = request.format === "pdf" ? await toPdf(report, t) : await toXlsx(report, t);
  return {
    filename: `kpi_${request.bureau ?? "all"}_${japanFileStamp(new Date())}.${request.format}`,
    contentType: request.format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body,
  };
}
