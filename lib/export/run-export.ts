import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getExportData } from "@/lib/data/export-data";
import type { Translate } from "@/lib/i18n/messages";
import type { ExportFormat, ExportRequest } from "@/lib/validation/export";
import type { Checkpoint } from "@/lib/audit/checkpoint";
import { type CsvCell, toCsv } from "./csv";
import { auditExport, checkpointField, checkpointTrailer } from "./export-anchor";
import { writePdf } from "./pdf";
import { progressTable } from "./progress-rows";
import { writeXlsx } from "./xlsx";

const contentTypes: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * Records who exported what in the audit log, checkpoints the log's new head,
 * then builds the file with that checkpoint printed in it (PDF last-page footer,
 * an xlsx sheet, a CSV trailer line, a JSON field). The file exists only after
 * its entry is committed. Null: no such reporting date. Refusals come from the
 * data layer (AccessDeniedError).
 */
function csvWithTrailer(table: CsvCell[][], checkpoint: Checkpoint | null, t: Translate): Buffer {
  return Buffer.from(toCsv([...table, ...checkpointTrailer(checkpoint, table[0]!.length, t)]), "utf8");
}

export async function runExport(user: SessionUser, request: ExportRequest, t: Translate): Promise<ExportFile | null> {
  const data = await getExportData(user, request.bureau, request.date);
  if (!data) return null;
  const checkpoint = await auditExport({
    actorId: user.id,
    action: `export.${request.format}`,
    entityType: "Export",
    entityId: `${request.bureau}@${request.date}`,
    bureauId: data.bureaus.length === 1 ? data.bureaus[0]!.id : null,
    after: { bureaus: data.bureaus.map((b) => b.code), reportingDate: request.date, format: request.format },
  });
  const body =
    request.format === "pdf" ? await writePdf(data, checkpoint)
    : request.format === "xlsx" ? await writeXlsx(data, checkpoint, t)
    : request.format === "csv" ? csvWithTrailer(progressTable(data, t), checkpoint, t)
    : Buffer.from(JSON.stringify({ ...data, auditCheckpoint: checkpointField(checkpoint) }, null, 2), "utf8");
  const stamp = data.generatedAt.replace(/[-:]/g, "").slice(0, 15);
  return { filename: `${request.bureau}_${request.date}_${stamp}.${request.format}`, contentType: contentTypes[request.format], body };
}
