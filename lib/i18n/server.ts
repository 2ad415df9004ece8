import "server-only";
import { cookies } from "next/headers";
import { createTranslator, defaultLocale, isLocale, type Locale, localeCookie, type Translate } from "./messages";

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(localeCookie)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale) };
}
