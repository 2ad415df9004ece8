import { cachedPublic } from "@/lib/data/public-cache";
import { getPublishedDocument } from "@/lib/data/public-documents";
import { publicDocumentCsv, publicDocumentJson } from "@/lib/export/open-data";
import { openDataNotFound, openDataResponse } from "@/lib/export/open-data-response";
import { writePublicPdf } from "@/lib/export/pdf";

export const dynamic = "force-dynamic";

const filePattern = /^(\d{4}-\d{2}-\d{2})\.(csv|json|pdf)$/;
const contentTypes = new Map([
  ["csv", "text/csv; charset=utf-8"],
  ["json", "application/json; charset=utf-8"],
  ["pdf", "application/pdf"],
]);

// GET /public/data/<bureau>/<YYYY-MM-DD>.csv|json|pdf: a published document as open data, or as the tagged PDF to print; each file is made once per published state (decision 061).
export async function GET(_request: Request, { params }: { params: Promise<{ bureau: string; file: string }> }) {
  const { bureau, file } = await params;
  const match = file.length <= 16 ? filePattern.exec(file) : null;
  if (!match) return openDataNotFound();
  const doc = await getPublishedDocument(bureau, match[1]!);
  if (!doc) return openDataNotFound();
  const format = match[2] as "csv" | "json" | "pdf";
  const body = await cachedPublic(`file:${doc.bureau.code}:${doc.reportingDate}:${format}`, async () => {
    if (format === "pdf") return new Uint8Array(await writePublicPdf(doc));
    return format === "csv" ? publicDocumentCsv(doc) : publicDocumentJson(doc);
  });
  return openDataResponse(body, contentTypes.get(format)!, doc.publishedAt);
}
