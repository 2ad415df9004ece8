import { publicHref } from "@/lib/i18n/public-locale";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** The residents' site around every public page: its own header (no sign-in, no portal menu), search and language switch. */
export function PublicFrame({ t, locale, path, children }: { t: Translate; locale: Locale; path: string; children: React.ReactNode }) {
  return (
    <div lang={locale} className="public-site">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">{t("app.skipToContent")}</a>
      <header className="border-b border-slate-300 bg-white print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href={publicHref("/public", locale)} className="text-lg font-bold text-slate-900 underline-offset-4 hover:underline">{t("public.siteTitle")}</a>
          <nav className="flex flex-wrap items-center gap-4 text-sm">
            <form method="get" action="/public/search" role="search" className="flex items-center gap-2">
              <label htmlFor="public-search" className="sr-only">{t("public.searchLabel")}</label>
              <input id="public-search" name="q" maxLength={100} className="w-44 rounded border border-slate-400 px-2 py-1" placeholder={t("public.search")} />
              <input type="hidden" name="lang" value={locale} />
              <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1">{t("public.searchSubmit")}</button>
            </form>
            <a href={`${path}${path.includes("?") ? "&" : "?"}lang=${locale === "ja" ? "en" : "ja"}`} lang={locale === "ja" ? "en" : "ja"} className="text-blue-800 underline">{t("public.language")}</a>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
