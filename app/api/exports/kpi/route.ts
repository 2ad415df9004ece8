import { handleDownload } from "@/lib/export/file-response";
import { runKpiReport } from "@/lib/export/kpi-report";
import { kpiReportRequestSchema } from "@/lib/validation/plans";

// GET /api/exports/kpi?plan=<id>&bureau=<code>&date=YYYY-MM-DD&format=pdf|xlsx (no bureau: the whole city)
export function GET(request: Request) {
  return handleDownload(request, async (user, params, t) => {
    const parsed = kpiReportRequestSchema.safeParse(params);
    return parsed.success ? runKpiReport(user, parsed.data, t) : "bad-request";
  });
}
