import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user, locale, t }: { user: SessionUser; locale: Locale; t: Translate }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-blue-900">{t("app.title")}</Link>
        <nav aria-label={t("app.title")} className="flex gap-3 text-sm">
          <Link href="/" className="hover:underline">{t("nav.home")}</Link>
          <Link href="/dashboard" className="hover:underline">{t("nav.dashboard")}</Link>
          {can(user, "city.view") && <Link href="/city" className="hover:underline">{t("nav.city")}</Link>}
          {can(user, "period.manage") && <Link href="/periods" className="hover:underline">{t("nav.periods")}</Link>}
          {can(user, "progress.review") && <Link href="/review" className="hover:underline">{t("nav.review")}</Link>}
          {can(user, "document.import") && <Link href="/import" className="hover:underline">{t("nav.import")}</Link>}
          {can(user, "export.run") && <Link href="/exports" className="hover:underline">{t("nav.exports")}</Link>}
          {can(user, "audit.read") && <Link href="/audit" className="hover:underline">{t("nav.audit")}</Link>}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span data-testid="current-user">{t("nav.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</span>
          <LanguageSwitch locale={locale} label={t("nav.language")} />
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </div>
    </header>
  );
}
