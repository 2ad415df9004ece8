// The locales, without their catalogues: client code that only needs the list
// (a language picker) must not pull both catalogues into the browser.
export const locales = ["ja", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ja";
export const localeCookie = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
