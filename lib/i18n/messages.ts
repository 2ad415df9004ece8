import en from "./en.json";
import ja from "./ja.json";

export const locales = ["ja", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ja";
export const localeCookie = "locale";

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;

// `satisfies` makes a key missing from en.json a type error.
export const catalogues: Record<Locale, Messages> = { ja, en: en satisfies Messages };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function createTranslator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
}
