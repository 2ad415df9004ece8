import PDFDocument from "pdfkit";
import { type Checkpoint, formatCheckpoint } from "@/lib/audit/checkpoint";
import type { ExportBureau, ExportData } from "@/lib/data/export-data";
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

function writeBureau(doc: PDFKit.PDFDocument, bureau: ExportBureau, data: ExportData) {
  const heading = (text: string, size = 13) => doc.moveDown(0.6).font("bold").fontSize(size).text(text).font("regular").fontSize(10.5).moveDown(0.2);
  const paragraphs = (text: string) => {
    for (const paragraph of text.split("\n")) doc.text(paragraph, { indent: 10.5, lineGap: 2 });
  };

  doc.font("regular").fontSize(8).fillColor("#555555")
    .text(`出力日時 ${formatJapanTime(data.generatedAt)}　出力者 ${data.generatedBy.name}　報告基準日 ${data.reportingDate}`, { align: "right" })
    .fillColor("black");
  doc.moveDown(0.5).font("bold").fontSize(18).text(`${bureau.document.title}`, { align: "center" });
  doc.font("regular").fontSize(11).text(formatFiscalYear(bureau.document.fiscalYear, "ja"), { align: "center" });

  heading("１ 組織の使命（どのような役割を担うのか）");
  paragraphs(bureau.document.mission);

  heading("２ 課題と背景");
  for (const area of bureau.document.areas) {
    // Only the document's own words: a description the portal added stays out of the document's form.
    doc.font("bold").text(area.descriptionInDocument && area.description ? `${area.name}　${area.description}` : area.name).font("regular");
    for (const issue of bureau.issues.filter((i) => i.area === area.code)) {
      doc.text(`${issue.code.replace(/^[A-Z]/, "")} ${issue.matrixTitle}`, { indent: 10.5 });
      for (const bullet of issue.summaryBullets) doc.text(`・${bullet}`, { indent: 21 });
    }
    doc.moveDown(0.3);
  }

  const asOf = formatWareki(data.reportingDate);
  for (const issue of bureau.issues) {
    heading(issueHeading(issue.code), 14);
    const fields: [string, string][] = [
      ["課題名", issue.name],
      ["課題の内容", issue.content],
      ["課題の背景", issue.background],
      [issue.measuresHeading, issue.measures],
      [`取組みの進捗状況、取組結果（${asOf}時点）`, issue.progress?.text ?? "（この報告基準日の承認済みの報告はありません）"],
    ];
    fields.forEach(([label, text], index) => {
      doc.moveDown(0.3).font("bold").text(`${circled[index]} ${label}`).font("regular");
      paragraphs(text);
    });
  }
}

/**
 * The 局区Ｘ方針 laid out as the original: A4 portrait, mission, the area
 * matrix with each issue's bullets, then ①–⑤ per issue; every page footed
 * "<bureau>-N" as the printed document is (e.g. 政策局-3); the last page's
 * footer also prints the audit log's checkpoint made for this export.
 */
export async function writePdf(data: ExportData, checkpoint: Checkpoint | null = null): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 64, left: 60, right: 60 }, bufferPages: true, info: { Title: data.bureaus.map((b) => b.document.title).join(" / "), Author: data.generatedBy.name } });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));

  const firstPages: { bureau: ExportBureau; start: number }[] = [];
  data.bureaus.forEach((bureau, index) => {
    if (index > 0) doc.addPage();
    firstPages.push({ bureau, start: doc.bufferedPageRange().count - 1 });
    writeBureau(doc, bureau, data);
  });

  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    const owner = firstPages.filter((f) => f.start <= page).at(-1)!;
    doc.switchToPage(page);
    // Writing inside the bottom margin would start a new page: lift the margin while footing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(9).text(`${owner.bureau.name}-${page - owner.start + 1}`, 0, doc.page.height - 40, { width: doc.page.width, align: "center" });
    // The last page also carries the audit log's checkpoint: a printed copy anchors the log.
    if (checkpoint && page === count - 1) {
      doc.fontSize(5.5).text(`監査ログのチェックポイント ${formatCheckpoint(checkpoint)}`, 40, doc.page.height - 27, { width: doc.page.width - 80, align: "left" });
    }
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
