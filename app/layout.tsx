import type { Metadata } from "next";
import { I18nProvider } from "@/components/i18n-provider";
import { DemoBanner } from "@/components/layout/demo-banner";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("app.title") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {readEnv().DEMO_DATA === "on" && <DemoBanner t={t} />}
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
