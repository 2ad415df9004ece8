import { PublicDocumentView } from "@/components/public/public-document-view";
import { cachedPublic } from "@/lib/data/public-cache";
import { getPublishedDocument } from "@/lib/data/public-documents";
import { formatWareki } from "@/lib/domain/dates";
import { publicDocumentPath } from "@/lib/export/open-data";
import { getPublicTranslator } from "@/lib/i18n/public-locale";
import { htmlResponse } from "@/lib/public-site/html-response";
import { publicNotFound, renderPublicPage } from "@/lib/public-site/render-public-page";

export const dynamic = "force-dynamic";

// GET /public/<bureau code>/<YYYY-MM-DD>: a published document as of its date (kept whole per language).
export async function GET(request: Request, { params }: { params: Promise<{ bureau: string; date: string }> }) {
  const { bureau, date } = await params;
  const { t, locale } = await getPublicTranslator(new URL(request.url).searchParams.get("lang"));
  const doc = await getPublishedDocument(bureau, date);
  if (!doc) return publicNotFound(t, locale);
  const path = publicDocumentPath(doc.bureau.code, doc.reportingDate);
  const html = await cachedPublic(`page:${path}:${locale}`, () =>
    renderPublicPage({ t, locale, title: `${doc.title}（${formatWareki(doc.reportingDate)}時点）`, path, body: <PublicDocumentView doc={doc} t={t} locale={locale} /> }),
  );
  return htmlResponse(html);
}
