"use client";
import { createContext, useContext, useMemo } from "react";
import { createTranslator, type Locale, type Translate } from "@/lib/i18n/messages";

const LocaleContext = createContext<Locale>("ja");

export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The translator for client components; server components use getTranslator(). */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => createTranslator(locale), [locale]);
}
