import "server-only";
import { writeCheckpoint } from "@/lib/audit/chain-head";
import { type Checkpoint, formatCheckpoint } from "@/lib/audit/checkpoint";
import { type AuditInput, recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Translate } from "@/lib/i18n/messages";
import type { CsvCell } from "./csv";

/**
 * Records the export in the audit log, then signs the new head as a checkpoint
 * (appended to the checkpoint file) for the file to print: every export handed
 * out is then an anchor its holder keeps outside the database. Null only where
 * no signing key is configured (development; production refuses to start).
 */
export async function auditExport(entry: AuditInput): Promise<Checkpoint | null> {
  const head = await db.$transaction((tx) => recordAudit(tx, entry));
  return writeCheckpoint(head, "export");
}

/** The CSV's trailer line: the checkpoint as printed text, padded to the table's width so strict parsers read it. */
export function checkpointTrailer(checkpoint: Checkpoint | null, columns: number, t: Translate): CsvCell[][] {
  if (!checkpoint) return [];
  return [[t("export.checkpoint.title"), formatCheckpoint(checkpoint), ...Array<CsvCell>(Math.max(0, columns - 2)).fill(null)]];
}

/** The JSON field: the checkpoint's fields and its printed line. */
export function checkpointField(checkpoint: Checkpoint | null) {
  return checkpoint ? { ...checkpoint, printed: formatCheckpoint(checkpoint) } : null;
}
