import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { listAllAuditEntries } from "@/lib/data/audit-log";
import { labelAuditEntries } from "@/lib/data/audit-targets";
import { toJapanIsoString } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";
import type { AuditFilters } from "@/lib/validation/audit";
import { toCsv } from "./csv";
import { auditExport, checkpointField, checkpointTrailer } from "./export-anchor";
import type { ExportFile } from "./run-export";

/** The filtered audit log as CSV or JSON; the export is itself audited, and the checkpoint made then printed in it. */
export async function exportAuditLog(user: SessionUser, filters: AuditFilters, format: "csv" | "json", t: Translate, locale: Locale): Promise<ExportFile> {
  const entries = await labelAuditEntries(await listAllAuditEntries(user, filters), t, locale);
  const generatedAt = toJapanIsoString(new Date());
  const rows = entries.map((e) => ({
    id: e.id,
    at: toJapanIsoString(e.at),
    actor: e.actor ? `${e.actor.name} <${e.actor.email}>` : null,
    action: e.action,
    actionLabel: e.actionLabel,
    entityType: e.entityType,
    entityId: e.entityId,
    entityLabel: e.entityLabel,
    before: e.before,
    after: e.after,
    hash: e.hash,
  }));
  const header = ["ID", t("audit.column.at"), t("audit.column.actor"), t("audit.column.action"), t("audit.column.actionName"), t("audit.column.entityType"), t("audit.column.entity"), t("audit.column.entityName"), t("audit.column.before"), t("audit.column.after"), t("audit.column.hash")];
  const checkpoint = await auditExport({ actorId: user.id, action: "export.audit", entityType: "AuditLog", entityId: format, bureauId: user.bureauId, after: { filters, entries: rows.length, format } });
  const body =
    format === "json"
      ? JSON.stringify({ format: "policy-portal-audit/1", generatedAt, generatedBy: { name: user.name, email: user.email }, filters, entries: rows, auditCheckpoint: checkpointField(checkpoint) }, null, 2)
      : toCsv([
          header,
          ...rows.map((r) => [r.id, r.at, r.actor, r.action, r.actionLabel, r.entityType, r.entityId, r.entityLabel, r.before === null ? null : JSON.stringify(r.before), r.after === null ? null : JSON.stringify(r.after), r.hash]),
          ...checkpointTrailer(checkpoint, header.length, t),
        ]);
  return {
    filename: `audit-log_${generatedAt.replace(/[-:]/g, "").slice(0, 15)}.${format}`,
    contentType: format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    body: Buffer.from(body, "utf8"),
  };
}
