import { SiteHeader } from "@/components/layout/site-header";
import { currentUnreadCount, requireUser } from "@/lib/auth/session";
import { countReviewQueue } from "@/lib/data/reports";
import { getLocale } from "@/lib/i18n/server";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [locale, unread, reviewWaiting] = await Promise.all([getLocale(), currentUnreadCount(), countReviewQueue(user)]);
  return (
    <>
      <SiteHeader user={user} locale={locale} unread={unread} reviewWaiting={reviewWaiting} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
