import { briefingBookFile } from "@/lib/data/briefing-books";
import { handleDownload } from "@/lib/export/file-response";
import { idSchema } from "@/lib/validation/common";

// GET /api/briefings?id=<briefing book id>: a stored briefing book (docs/decisions/072).
export function GET(request: Request) {
  return handleDownload(request, async (user, params) => {
    const parsed = idSchema.safeParse(params.id);
    return parsed.success ? briefingBookFile(user, parsed.data) : "bad-request";
  });
}
