import { listPublished } from "@/lib/data/public-documents";
import { openDataCatalogue } from "@/lib/export/open-data";
import { openDataResponse } from "@/lib/export/open-data-response";

export const dynamic = "force-dynamic";

// GET /public/data/catalog.json: every published document, its files, licence and last-modified date.
export async function GET(request: Request) {
  const catalogue = openDataCatalogue(await listPublished(), new URL(request.url).origin);
  return openDataResponse(JSON.stringify(catalogue, null, 2), "application/json; charset=utf-8", catalogue.lastModified);
}
