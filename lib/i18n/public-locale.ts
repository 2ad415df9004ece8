import "server-only";
import { createTranslator, isLocale, type Locale, type Translate } from "./messages";
import { getLocale } from "./server";

/**
 * The public site's language: an explicit ?lang= link wins, else the locale
 * cookie if the visitor has one (read only: public pages set no cookie), else
 * Japanese. Documents themselves are always in Japanese.
 */
export async function getPublicTranslator(lang: unknown): Promise<{ locale: Locale; t: Translate }> {
  const locale = isLocale(lang) ? lang : await getLocale();
  return { locale, t: createTranslator(locale) };
}

/** A public page's address in the visitor's language. */
export const publicHref = (path: string, locale: Locale, query?: Record<string, string>) =>
  `${path}?${new URLSearchParams({ ...query, lang: locale }).toString()}`;
