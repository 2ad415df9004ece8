"use client";
import { createContext, use, useContext, useMemo } from "react";
import ja from "@/lib/i18n/ja.json";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, type Translate, translatorFor } from "@/lib/i18n/translator";

// Only the Japanese catalogue comes with every page; the English one (about 20 kB
// gzipped) is fetched for English readers only. Both in the first load put every
// staff page over the 180 kB budget (issue 17, npm run bench:bundle).
let english: Promise<Messages> | null = null;
const loadEnglish = () => (english ??= import("@/lib/i18n/en.json").then((m) => m.default as Messages));

const TranslateContext = createContext<Translate>(translatorFor(ja));

export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  // An English page waits for its catalogue before it hydrates (the server's HTML is already in English).
  const messages = locale === "en" ? use(loadEnglish()) : ja;
  const t = useMemo(() => translatorFor(messages), [messages]);
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

/** The translator for client components; server components use getTranslator(). */
export function useT(): Translate {
  return useContext(TranslateContext);
}
