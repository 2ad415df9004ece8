import { handleDownload } from "@/lib/export/file-response";
import { runExport } from "@/lib/export/run-export";
import { exportRequestSchema } from "@/lib/validation/export";

// GET /api/exports?bureau=<code|all>&date=YYYY-MM-DD&format=pdf|xlsx|csv|json
export function GET(request: Request) {
  return handleDownload(request, async (user, params, t) => {
    const parsed = exportRequestSchema.safeParse(params);
    return parsed.success ? runExport(user, parsed.data, t) : "bad-request";
  });
}
