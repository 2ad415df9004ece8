import "server-only";
import { PublicFrame } from "@/components/public/public-frame";
import { PublicHtml } from "@/components/public/public-html";
import { readEnv } from "@/lib/env";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { builtStylesheets, htmlResponse, renderHtml } from "./html-response";

interface PublicPage {
  t: Translate;
  locale: Locale;
  title: string;
  /** The page's own address (for the language switch). */
  path: string;
  body: React.ReactNode;
}

/** A public page, whole: the HTML document, the residents' header and `body`. */
export function renderPublicPage({ t, locale, title, path, body }: PublicPage): Promise<string> {
  return renderHtml(
    <PublicHtml locale={locale} title={title} stylesheets={builtStylesheets()} demo={readEnv().DEMO_DATA === "on"} t={t}>
      <PublicFrame t={t} locale={locale} path={path}>{body}</PublicFrame>
    </PublicHtml>,
  );
}

/** 404 for an address that is not (or no longer) published. */
export async function publicNotFound(t: Translate, locale: Locale): Promise<Response> {
  const body = <p className="rounded border border-slate-300 bg-white p-4">{t("public.notFound")}</p>;
  return htmlResponse(await renderPublicPage({ t, locale, title: t("public.notFound"), path: "/public", body }), 404);
}
