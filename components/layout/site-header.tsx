import Link from "next/link";
import { BellIcon } from "@/components/ui/bell-icon";
import { NarrowDisclosure } from "@/components/ui/narrow-disclosure";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

// Nav items never wrap inside a word (ホー/ム): each stays on one line, and on
// narrow screens they live behind the menu button, one per row.
const navLink = "whitespace-nowrap py-2 hover:underline md:py-0";

/** `reviewWaiting`: reports waiting for this reviewer, shown on the 審査 item (null for users who do not review). */
export function SiteHeader({ user, locale, t, unread, reviewWaiting }: { user: SessionUser; locale: Locale; t: Translate; unread: number; reviewWaiting: number | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 md:gap-x-4">
        {/* On a phone the title, the bell and the menu button share one row (a smaller title makes room for the bell). */}
        <Link href="/" className="whitespace-nowrap text-base font-bold text-blue-900 md:text-lg">{t("app.title")}</Link>
        <Link
          href="/notifications"
          data-testid="bell"
          aria-label={unread > 0 ? t("notify.bellUnread", { count: unread }) : t("notify.bell")}
          className="relative whitespace-nowrap rounded p-1.5 text-slate-700 hover:bg-slate-100"
        >
          <BellIcon />
          {unread > 0 && (
            <span data-testid="bell-count" aria-hidden="true" className="absolute -right-1 -top-1 rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Link>
        <NarrowDisclosure
          button={<><span aria-hidden="true">☰</span> {t("nav.menu")}</>}
          buttonClassName="ml-auto whitespace-nowrap rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          panelClassName="flex basis-full flex-col gap-3 md:flex-1 md:basis-auto md:flex-row md:flex-wrap md:items-center md:gap-4"
          panelTestId="site-menu"
        >
          <nav aria-label={t("app.title")} className="flex flex-col text-sm md:flex-row md:flex-wrap md:gap-3">
            <Link href="/" className={navLink}>{t("nav.home")}</Link>
            <Link href="/dashboard" className={navLink}>{t("nav.dashboard")}</Link>
            {can(user, "city.view") && <Link href="/city" className={navLink}>{t("nav.city")}</Link>}
            {can(user, "period.manage") && <Link href="/periods" className={navLink}>{t("nav.periods")}</Link>}
            {reviewWaiting !== null && (
              <Link href="/review" className={navLink}>
                {t("nav.review")}
                {reviewWaiting > 0 && " "}
                {reviewWaiting > 0 && (
                  <span className="ml-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white" data-testid="review-waiting">
                    {t("review.waitingCount", { count: reviewWaiting })}
                  </span>
                )}
              </Link>
            )}
            {can(user, "document.import") && <Link href="/import" className={navLink}>{t("nav.import")}</Link>}
            {can(user, "export.run") && <Link href="/exports" className={navLink}>{t("nav.exports")}</Link>}
            {can(user, "audit.read") && <Link href="/audit" className={navLink}>{t("nav.audit")}</Link>}
            {can(user, "user.manage") && <Link href="/admin/users" className={navLink}>{t("nav.users")}</Link>}
            {can(user, "organisation.manage") && <Link href="/admin/organisation" className={navLink}>{t("nav.organisation")}</Link>}
            {can(user, "mail.resend") && <Link href="/admin/mail" className={navLink}>{t("nav.mailFailures")}</Link>}
          </nav>
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 text-sm md:ml-auto md:border-0 md:pt-0">
            <span data-testid="current-user">{t("nav.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</span>
            <Link href="/account/password" className={navLink}>{t("nav.password")}</Link>
            <LanguageSwitch locale={locale} label={t("nav.language")} />
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </NarrowDisclosure>
      </div>
    </header>
  );
}
