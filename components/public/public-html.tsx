import { DemoBanner } from "@/components/layout/demo-banner";
import type { Locale, Translate } from "@/lib/i18n/messages";

/**
 * The whole HTML document of a public page. Public pages are rendered to
 * static markup (decision 062): no framework script, only the site's
 * stylesheet, so they cost a resident nothing to load and the server can keep
 * them whole.
 */
export function PublicHtml({ locale, title, stylesheets, demo, t, children }: { locale: Locale; title: string; stylesheets: readonly string[]; demo: boolean; t: Translate; children: React.ReactNode }) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {stylesheets.map((href) => <link key={href} rel="stylesheet" href={href} />)}
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {demo && <DemoBanner t={t} />}
        {children}
      </body>
    </html>
  );
}
