import { type Action, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/messages";
import { type NavigationHref, navigationLabels } from "./navigation";
import { SiteHeaderView } from "./site-header-view";

// The permission behind each item; the home page and the dashboard are everyone's, 審査 is shown to reviewers.
const navigationPermissions: Partial<Record<NavigationHref, Action>> = {
  "/city": "city.view",
  "/periods": "period.manage",
  "/import": "document.import",
  "/exports": "export.run",
  "/audit": "audit.read",
  "/admin/users": "user.manage",
  "/admin/organisation": "organisation.manage",
  "/admin/mail": "mail.resend",
};

/** The items `user` may see, in order; 審査 only for reviewers (`reviewWaiting` not null). */
export function navigationFor(user: SessionUser, reviewWaiting: number | null): NavigationHref[] {
  return (Object.keys(navigationLabels) as NavigationHref[]).filter((href) => {
    if (href === "/review") return reviewWaiting !== null;
    const permission = navigationPermissions[href];
    return permission === undefined || can(user, permission);
  });
}

/** `reviewWaiting`: reports waiting for this reviewer (null for users who do not review). */
export function SiteHeader({ user, locale, unread, reviewWaiting }: { user: SessionUser; locale: Locale; unread: number; reviewWaiting: number | null }) {
  const links = navigationFor(user, reviewWaiting);
  return <SiteHeaderView links={links} unread={unread} reviewWaiting={reviewWaiting} userName={user.name} role={user.role} locale={locale} />;
}
