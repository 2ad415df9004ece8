import { SiteHeader } from "@/components/layout/site-header";
import { requireUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/data/notifications";
import { countReviewQueue } from "@/lib/data/reports";
import { getTranslator } from "@/lib/i18n/server";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [{ t, locale }, unread, reviewWaiting] = await Promise.all([getTranslator(), unreadNotificationCount(user.id), countReviewQueue(user)]);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <SiteHeader user={user} locale={locale} t={t} unread={unread} reviewWaiting={reviewWaiting} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
