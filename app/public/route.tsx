import { PublicHome } from "@/components/public/public-home";
import { cachedPublic } from "@/lib/data/public-cache";
import { listPublished } from "@/lib/data/public-documents";
import { getPublicTranslator } from "@/lib/i18n/public-locale";
import { htmlResponse } from "@/lib/public-site/html-response";
import { renderPublicPage } from "@/lib/public-site/render-public-page";

export const dynamic = "force-dynamic";

// GET /public: the city's bureaus and wards with their published documents (kept whole per language).
export async function GET(request: Request) {
  const { t, locale } = await getPublicTranslator(new URL(request.url).searchParams.get("lang"));
  const html = await cachedPublic(`page:home:${locale}`, async () =>
    renderPublicPage({ t, locale, title: t("public.siteTitle"), path: "/public", body: <PublicHome entries={await listPublished()} t={t} locale={locale} /> }),
  );
  return htmlResponse(html);
}
