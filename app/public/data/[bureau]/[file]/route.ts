import { getPublishedDocument } from "@/lib/data/public-documents";
import { publicDocumentCsv, publicDocumentJson } from "@/lib/export/open-data";
import { openDataNotFound, openDataResponse } from "@/lib/export/open-data-response";

export const dynamic = "force-dynamic";

const filePattern = /^(\d{4}-\d{2}-\d{2})\.(csv|json)$/;

// GET /public/data/<bureau>/<YYYY-MM-DD>.csv|json: a published document as open data.
export async function GET(_request: Request, { params }: { params: Promise<{ bureau: string; file: string }> }) {
  const { bureau, file } = await params;
  const match = file.length <= 16 ? filePattern.exec(file) : null;
  if (!match) return openDataNotFound();
  const doc = await getPublishedDocument(bureau, match[1]!);
  if (!doc) return openDataNotFound();
  return match[2] === "csv"
    ? openDataResponse(publicDocumentCsv(doc), "text/csv; charset=utf-8", doc.publishedAt)
    : openDataResponse(publicDocumentJson(doc), "application/json; charset=utf-8", doc.publishedAt);
}
