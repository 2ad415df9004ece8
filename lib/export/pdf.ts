import PDFDocument from "pdfkit";
import { type Checkpoint, formatCheckpoint } from "@/lib/audit/checkpoint";
import type { ExportBureau, ExportData } from "@/lib/data/export-data";
import type { PublicDocument } from "@/lib/data/public-documents";
import { formatFiscalYear, formatJapanTime, formatWareki } from "@/lib/domain/dates";
import { japaneseFonts as fonts } from "./fonts";


const circled = ["①", "②", "③", "④", "⑤"];
const fullWidthDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const fullWidthArea = (code: string) => code.replace(/[A-Z]/g, (c) => String.fromCharCode(0xff21 + c.charCodeAt(0) - 65));

/** "A(1)" → "課題Ａ（１）", as the document heads its issues. */
function issueHeading(code: string): string {
  const match = /^([A-Z])\((\d+)\)$/.exec(code);
  return match ? `課題${fullWidthArea(match[1]!)}（${fullWidthDigits(Number(match[2]))}）` : `課題${code}`;
}

/** What the PDF prints of one bureau: the document's own words and ⑤ as of the date, nothing internal. */
export interface PrintableBureau {
  name: string;
  /** The small line above the title (when and by whom it was printed, or when it was published). */
  headerLine: string;
  document: { title: string; fiscalYear: number; mission: string; areas: { code: string; name: string; description: string | null }[] };
  issues: { code: string; area: string; matrixTitle: string; summaryBullets: string[]; name: string; content: string; background: string; measuresHeading: string; measures: string; progressText: string | null }[];
}

type Struct = ReturnType<PDFKit.PDFDocument["struct"]>;

/**
 * Writes one bureau as the document is laid out, every line tagged in a
 * structure tree (H1 title, H2 sections and issues, H3 fields, P and L):
 * screen readers and reflow read it in this order (PDF/UA intent).
 */
function writeBureau(doc: PDFKit.PDFDocument, bureau: PrintableBureau, reportingDate: string, parent: Struct) {
  const part = doc.struct("Sect");
  parent.add(part);
  const text = (structType: string, value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(value, { ...options, structParent: part, structType } as PDFKit.Mixins.TextOptions);
  const heading = (value: string, size = 13) => {
    doc.moveDown(0.6).font("bold").fontSize(size);
    text("H2", value);
    doc.font("regular").fontSize(10.5).moveDown(0.2);
  };
  const paragraphs = (value: string) => {
    for (const paragraph of value.split("\n")) text("P", paragraph, { indent: 10.5, lineGap: 2 });
  };

  doc.font("regular").fontSize(8).fillColor("#555555");
  text("P", bureau.headerLine, { align: "right" });
  doc.fillColor("black").moveDown(0.5).font("bold").fontSize(18);
  text("H1", bureau.document.title, { align: "center" });
  doc.font("regular").fontSize(11);
  text("P", formatFiscalYear(bureau.document.fiscalYear, "ja"), { align: "center" });

  heading("１ 組織の使命（どのような役割を担うのか）");
  paragraphs(bureau.document.mission);

  heading("２ 課題と背景");
  for (const area of bureau.document.areas) {
    doc.font("bold");
    text("H3", area.description ? `${area.name}　${area.description}` : area.name);
    doc.font("regular");
    for (const issue of bureau.issues.filter((i) => i.area === area.code)) {
      text("P", `${issue.code.replace(/^[A-Z]/, "")} ${issue.matrixTitle}`, { indent: 10.5 });
      for (const bullet of issue.summaryBullets) text("P", `・${bullet}`, { indent: 21 });
    }
    doc.moveDown(0.3);
  }

  const asOf = formatWareki(reportingDate);
  for (const issue of bureau.issues) {
    heading(issueHeading(issue.code), 14);
    const fields: [string, string][] = [
      ["課題名", issue.name],
      ["課題の内容", issue.content],
      ["課題の背景", issue.background],
      [issue.measuresHeading, issue.measures],
      [`取組みの進捗状況、取組結果（${asOf}時点）`, issue.progressText ?? "（この報告基準日の承認済みの報告はありません）"],
    ];
    fields.forEach(([label, value], index) => {
      doc.moveDown(0.3).font("bold");
      text("H3", `${circled[index]} ${label}`);
      doc.font("regular");
      paragraphs(value);
    });
  }
}

/** An export's bureau in the PDF's terms: only the document's own area descriptions, ⑤ when approved. */
function printableExport(bureau: ExportBureau, data: ExportData): PrintableBureau {
  return {
    name: bureau.name,
    headerLine: `出力日時 ${formatJapanTime(data.generatedAt)}　出力者 ${data.generatedBy.name}　報告基準日 ${data.reportingDate}`,
    document: { ...bureau.document, areas: bureau.document.areas.map((a) => ({ code: a.code, name: a.name, description: a.descriptionInDocument ? a.description : null })) },
    issues: bureau.issues.map((issue) => ({ ...issue, progressText: issue.progress?.text ?? null })),
  };
}

/** A published document for residents: the same layout, headed by its publication date. */
export function printablePublic(doc: PublicDocument): PrintableBureau {
  return {
    name: doc.bureau.name,
    headerLine: `報告基準日 ${formatWareki(doc.reportingDate)}　公開 ${formatJapanTime(doc.publishedAt)}`,
    document: doc,
    issues: doc.issues.map((issue) => ({ ...issue, progressText: issue.progress?.text ?? null })),
  };
}

/**
 * The 局区Ｘ方針 laid out as the original: A4 portrait, mission, the area
 * matrix with each issue's bullets, then ①–⑤ per issue; every page footed
 * "<bureau>-N" as the printed document is (e.g. 政策局-3); the last page's
 * footer can also print the audit log's checkpoint made for an export.
 * Tagged (structure tree, language ja, title shown as the window title);
 * footers are artifacts, outside the reading order.
 */
async function renderPdf(bureaus: PrintableBureau[], reportingDate: string, info: { Title: string; Author: string }, lastFooter: string | null): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 64, left: 60, right: 60 }, bufferPages: true, tagged: true, lang: "ja-JP", displayTitle: true, pdfVersion: "1.7", info });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));

  const root = doc.struct("Document");
  doc.addStructure(root);
  const firstPages: { bureau: PrintableBureau; start: number }[] = [];
  bureaus.forEach((bureau, index) => {
    if (index > 0) doc.addPage();
    firstPages.push({ bureau, start: doc.bufferedPageRange().count - 1 });
    writeBureau(doc, bureau, reportingDate, root);
  });
  root.end();

  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    const owner = firstPages.filter((f) => f.start <= page).at(-1)!;
    doc.switchToPage(page);
    // Writing inside the bottom margin would start a new page: lift the margin while footing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font("regular").fontSize(9).text(`${owner.bureau.name}-${page - owner.start + 1}`, 0, doc.page.height - 40, { width: doc.page.width, align: "center" });
    if (lastFooter && page === count - 1) doc.fontSize(5.5).text(lastFooter, 40, doc.page.height - 27, { width: doc.page.width - 80, align: "left" });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The auditors' PDF export; the last page carries the audit log's checkpoint, so a printed copy anchors the log. */
export function writePdf(data: ExportData, checkpoint: Checkpoint | null = null): Promise<Buffer> {
  return renderPdf(
    data.bureaus.map((b) => printableExport(b, data)),
    data.reportingDate,
    { Title: data.bureaus.map((b) => b.document.title).join(" / "), Author: data.generatedBy.name },
    checkpoint ? `監査ログのチェックポイント ${formatCheckpoint(checkpoint)}` : null,
  );
}

/** The residents' PDF of a published document (/public/data/<bureau>/<date>.pdf). */
export function writePublicPdf(doc: PublicDocument): Promise<Buffer> {
  return renderPdf([printablePublic(doc)], doc.reportingDate, { Title: `${doc.title}（${formatWareki(doc.reportingDate)}時点）`, Author: doc.bureau.name }, null);
}
