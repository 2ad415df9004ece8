import { PublicSearch } from "@/components/public/public-search";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { maxSearchLength, searchPublished } from "@/lib/data/public-search";
import { readEnv } from "@/lib/env";
import { getPublicTranslator } from "@/lib/i18n/public-locale";
import { htmlResponse } from "@/lib/public-site/html-response";
import { renderPublicPage } from "@/lib/public-site/render-public-page";
import { createRateLimiter, publicSearchLimit } from "@/lib/security/public-rate-limit";

export const dynamic = "force-dynamic";

const allowSearch = createRateLimiter(publicSearchLimit);

// GET /public/search?q=: search across the published documents' text; anonymous, so bounded in length and rate-limited per client.
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const { t, locale } = await getPublicTranslator(query.get("lang"));
  const raw = query.get("q") ?? "";
  const term = raw.slice(0, maxSearchLength).trim();
  const hits = term === "" ? null : allowSearch(clientAddress(request.headers.get("x-forwarded-for"), readEnv().TRUSTED_PROXY_HOPS)) ? await searchPublished(term) : "limited";
  const html = await renderPublicPage({
    t,
    locale,
    title: t("public.search"),
    path: `/public/search?${new URLSearchParams({ q: term }).toString()}`,
    body: <PublicSearch term={term} tooLong={raw.length > maxSearchLength} hits={hits} t={t} locale={locale} />,
  });
  return htmlResponse(html);
}
