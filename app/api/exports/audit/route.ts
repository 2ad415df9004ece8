import { exportAuditLog } from "@/lib/export/audit-log-export";
import { handleDownload } from "@/lib/export/file-response";
import { parseAuditFilters } from "@/lib/validation/audit";

// GET /api/exports/audit?<the audit page's filters>&format=csv|json
export function GET(request: Request) {
  return handleDownload(request, (user, params, t, locale) => exportAuditLog(user, parseAuditFilters(params), params.format === "json" ? "json" : "csv", t, locale));
}
