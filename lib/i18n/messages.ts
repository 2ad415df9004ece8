import en from "./en.json";
import ja from "./ja.json";
import type { Locale } from "./locales";
import { type Messages, type Translate, translatorFor } from "./translator";

export { defaultLocale, isLocale, type Locale, localeCookie, locales } from "./locales";
export type { MessageKey, Messages, Translate } from "./translator";

// `satisfies` makes a key missing from en.json a type error.
export const catalogues: Record<Locale, Messages> = { ja, en: en satisfies Messages };

export function createTranslator(locale: Locale): Translate {
  return translatorFor(catalogues[locale]);
}
