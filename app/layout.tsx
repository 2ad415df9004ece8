import type { Metadata } from "next";
import { I18nProvider } from "@/components/i18n-provider";
import { DemoBanner } from "@/components/layout/demo-banner";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import "./globals.css";

// Read once per process: the environment does not change while the server runs, and parsing
// all of it (zod) on every page was 0.4 ms of the signed-in floor's CPU (npm run bench:profile).
const demoData = readEnv().DEMO_DATA === "on";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("app.title") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {demoData && <DemoBanner t={t} />}
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
