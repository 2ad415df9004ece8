import type { PublicSearchHit } from "@/lib/data/public-search";
import { maxSearchLength } from "@/lib/data/public-search";
import { formatDateBoth } from "@/lib/domain/dates";
import { publicDocumentPath } from "@/lib/export/open-data";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { publicHref } from "@/lib/i18n/public-locale";

/** The search form and, once a term is given, its hits (or the rate limit's message). */
export function PublicSearch({ term, tooLong, hits, t, locale }: { term: string; tooLong: boolean; hits: PublicSearchHit[] | "limited" | null; t: Translate; locale: Locale }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{t("public.search")}</h1>
      <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          {t("public.searchLabel")}
          <input name="q" defaultValue={term} maxLength={maxSearchLength} className="w-72 rounded border border-slate-400 px-2 py-1" />
        </label>
        <input type="hidden" name="lang" value={locale} />
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1">{t("public.searchSubmit")}</button>
      </form>
      {tooLong && <p className="mt-2 text-sm">{t("public.searchTooLong", { max: maxSearchLength })}</p>}
      <div aria-live="polite" className="mt-4">
        {hits === "limited" && <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3">{t("public.searchTooMany")}</p>}
        {Array.isArray(hits) && (
          <>
            <p>{hits.length === 0 ? t("public.searchNone", { query: term }) : t("public.searchCount", { query: term, count: hits.length })}</p>
            <ul className="mt-3 space-y-3">
              {hits.map((hit) => (
                <li key={`${hit.bureau.code}-${hit.reportingDate}-${hit.issueCode}`} className="rounded border border-slate-300 bg-white p-3">
                  <a className="font-semibold text-blue-800 underline" href={`${publicHref(publicDocumentPath(hit.bureau.code, hit.reportingDate), locale)}#issue-${hit.issueCode}`}>
                    <span lang="ja">{hit.bureau.name}　{hit.issueCode} {hit.issueName}</span>
                  </a>
                  <p className="text-sm text-slate-700">{formatDateBoth(hit.reportingDate, locale)}</p>
                  <p lang="ja" className="text-sm">{hit.snippet}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
