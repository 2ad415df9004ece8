import { getPublishedDocument } from "@/lib/data/public-documents";
import { publicDocumentCsv, publicDocumentJson } from "@/lib/export/open-data";
import { writePublicPdf } from "@/lib/export/pdf";
import { openDataNotFound, openDataResponse } from "@/lib/export/open-data-response";

export const dynamic = "force-dynamic";

const filePattern = /^(\d{4}-\d{2}-\d{2})\.(csv|json|pdf)$/;

// GET /public/data/<bureau>/<YYYY-MM-DD>.csv|json|pdf: a published document as open data, or as the tagged PDF to print.
export async function GET(_request: Request, { params }: { params: Promise<{ bureau: string; file: string }> }) {
  const { bureau, file } = await params;
  const match = file.length <= 16 ? filePattern.exec(file) : null;
  if (!match) return openDataNotFound();
  const doc = await getPublishedDocument(bureau, match[1]!);
  if (!doc) return openDataNotFound();
  switch (match[2]) {
    case "csv":
      return openDataResponse(publicDocumentCsv(doc), "text/csv; charset=utf-8", doc.publishedAt);
    case "pdf":
      return openDataResponse(new Uint8Array(await writePublicPdf(doc)), "application/pdf", doc.publishedAt);
    default:
      return openDataResponse(publicDocumentJson(doc), "application/json; charset=utf-8", doc.publishedAt);
  }
}
