"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useT } from "@/components/i18n-provider";
import { BellIcon } from "@/components/ui/bell-icon";
import { NarrowDisclosure } from "@/components/ui/narrow-disclosure";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { setLocale } from "@/lib/actions/locale";
import { type Locale, locales } from "@/lib/i18n/locales";
import { type NavigationHref, navigationLabels } from "./navigation";
import { SignOutButton } from "./sign-out-button";

// Nav items never wrap inside a word (ホー/ム): each stays on one line, and on
// narrow screens they live behind the menu button, one per row.
const navLink = "whitespace-nowrap py-2 hover:underline md:py-0";

/**
 * The portal's skip link and header, drawn in the browser's language catalogue from compact data: every page's
 * RSC payload carries these few props instead of the header's elements (issue 17). `reviewWaiting`: reports
 * waiting for this reviewer, shown on the 審査 item (null for users who do not review).
 */
export function SiteHeaderView({ links, unread, reviewWaiting, userName, role, locale }: {
  links: NavigationHref[];
  unread: number;
  reviewWaiting: number | null;
  userName: string;
  role: Role;
  locale: Locale;
}) {
  const t = useT();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 md:gap-x-4">
          {/* On a phone the title, the bell and the menu button share one row (a smaller title makes room for the bell). */}
          <PortalLink href="/" className="whitespace-nowrap text-base font-bold text-blue-900 md:text-lg">{t("app.title")}</PortalLink>
          <PortalLink
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
          </PortalLink>
          <NarrowDisclosure
            button={<><span aria-hidden="true">☰</span> {t("nav.menu")}</>}
            buttonClassName="ml-auto whitespace-nowrap rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
            panelClassName="flex basis-full flex-col gap-3 md:flex-1 md:basis-auto md:flex-row md:flex-wrap md:items-center md:gap-4"
            panelTestId="site-menu"
          >
            <nav aria-label={t("app.title")} className="flex flex-col text-sm md:flex-row md:flex-wrap md:gap-3">
              {links.map((href) => (
                <PortalLink key={href} href={href} className={navLink}>
                  {t(navigationLabels[href])}
                  {href === "/review" && reviewWaiting !== null && reviewWaiting > 0 && (
                    <>
                      {" "}
                      <span className="ml-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white" data-testid="review-waiting">
                        {t("review.waitingCount", { count: reviewWaiting })}
                      </span>
                    </>
                  )}
                </PortalLink>
              ))}
            </nav>
            <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 text-sm md:ml-auto md:border-0 md:pt-0">
              <span data-testid="current-user">{t("nav.signedInAs", { name: userName, role: t(`role.${role}`) })}</span>
              <PortalLink href="/account/password" className={navLink}>{t("nav.password")}</PortalLink>
              {/* Buttons in a form: works without JavaScript, and each names its language in that language. */}
              <form action={setLocale} className="flex items-center gap-1" aria-label={t("nav.language")}>
                {locales.map((option) => (
                  <button
                    key={option}
                    type="submit"
                    name="locale"
                    value={option}
                    lang={option}
                    aria-pressed={option === locale}
                    className={`rounded px-2 py-1 ${option === locale ? "bg-blue-700 text-white" : "border border-slate-300 hover:bg-slate-100"}`}
                  >
                    {t(`lang.${option}`)}
                  </button>
                ))}
              </form>
              <SignOutButton label={t("nav.signOut")} />
            </div>
          </NarrowDisclosure>
        </div>
      </header>
    </>
  );
}
