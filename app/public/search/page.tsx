import { headers } from "next/headers";
import Link from "next/link";
import { PublicFrame } from "@/components/public/public-frame";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { maxSearchLength, searchPublished } from "@/lib/data/public-search";
import { formatDateBoth } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";
import { publicDocumentPath } from "@/lib/export/open-data";
import { getPublicTranslator, publicHref } from "@/lib/i18n/public-locale";
import { createRateLimiter, publicSearchLimit } from "@/lib/security/public-rate-limit";

export const dynamic = "force-dynamic";

const allowSearch = createRateLimiter(publicSearchLimit);

/** Search across the published documents' text; anonymous, so bounded in length and rate-limited per client. */
export default async function PublicSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; lang?: string }> }) {
  const query = await searchParams;
  const { t, locale } = await getPublicTranslator(query.lang);
  const raw = typeof query.q === "string" ? query.q : "";
  const term = raw.slice(0, maxSearchLength).trim();
  let hits: Awaited<ReturnType<typeof searchPublished>> | "limited" | null = null;
  if (term !== "") {
    const address = clientAddress((await headers()).get("x-forwarded-for"), readEnv().TRUSTED_PROXY_HOPS);
    hits = allowSearch(address) ? await searchPublished(term) : "limited";
  }
  return (
    <PublicFrame t={t} locale={locale} path={`/public/search?${new URLSearchParams({ q: term }).toString()}`}>
      <h1 className="text-2xl font-bold">{t("public.search")}</h1>
      <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          {t("public.searchLabel")}
          <input name="q" defaultValue={term} maxLength={maxSearchLength} className="w-72 rounded border border-slate-400 px-2 py-1" />
        </label>
        <input type="hidden" name="lang" value={locale} />
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1">{t("public.searchSubmit")}</button>
      </form>
      {raw.length > maxSearchLength && <p className="mt-2 text-sm">{t("public.searchTooLong", { max: maxSearchLength })}</p>}
      <div aria-live="polite" className="mt-4">
        {hits === "limited" && <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3">{t("public.searchTooMany")}</p>}
        {Array.isArray(hits) && (
          <>
            <p>{hits.length === 0 ? t("public.searchNone", { query: term }) : t("public.searchCount", { query: term, count: hits.length })}</p>
            <ul className="mt-3 space-y-3">
              {hits.map((hit) => (
                <li key={`${hit.bureau.code}-${hit.reportingDate}-${hit.issueCode}`} className="rounded border border-slate-300 bg-white p-3">
                  <Link className="font-semibold text-blue-800 underline" href={`${publicHref(publicDocumentPath(hit.bureau.code, hit.reportingDate), locale)}#issue-${hit.issueCode}`}>
                    <span lang="ja">{hit.bureau.name}　{hit.issueCode} {hit.issueName}</span>
                  </Link>
                  <p className="text-sm text-slate-700">{formatDateBoth(hit.reportingDate, locale)}</p>
                  <p lang="ja" className="text-sm">{hit.snippet}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </PublicFrame>
  );
}
