import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { getExportData } from "@/lib/data/export-data";
import { db } from "@/lib/db";
import type { Translate } from "@/lib/i18n/messages";
import type { ExportFormat, ExportRequest } from "@/lib/validation/export";
import { toCsv } from "./csv";
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
 * Builds the file and records who exported what in the audit log; the file is
 * only handed out once that entry is committed. Null: no such reporting date.
 * Refusals come from the data layer (AccessDeniedError).
 */
export async function runExport(user: SessionUser, request: ExportRequest, t: Translate): Promise<ExportFile | null> {
  const data = await getExportData(user, request.bureau, request.date);
  if (!data) return null;
  const body =
    request.format === "pdf" ? await writePdf(data)
    : request.format === "xlsx" ? await writeXlsx(data, t)
    : request.format === "csv" ? Buffer.from(toCsv(progressTable(data, t)), "utf8")
    : Buffer.from(JSON.stringify(data, null, 2), "utf8");
  const stamp = data.generatedAt.replace(/[-:]/g, "").slice(0, 15);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: user.id,
      action: `export.${request.format}`,
      entityType: "Export",
      entityId: `${request.bureau}@${request.date}`,
      bureauId: data.bureaus.length === 1 ? data.bureaus[0]!.id : null,
      after: { bureaus: data.bureaus.map((b) => b.code), reportingDate: request.date, format: request.format, bytes: body.length },
    }),
  );
  return { filename: `${request.bureau}_${request.date}_${stamp}.${request.format}`, contentType: contentTypes[request.format], body };
}
