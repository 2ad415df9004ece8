import { NotificationList } from "@/components/notifications/notification-list";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requirePermission } from "@/lib/auth/session";
import { getNotificationPreferences, listNotifications } from "@/lib/data/notifications";
import { getTranslator } from "@/lib/i18n/server";
import { optionalMailKinds } from "@/lib/validation/notifications";

export default async function NotificationsPage() {
  const user = await requirePermission("notification.read");
  const { t, locale } = await getTranslator();
  const [items, preferences] = await Promise.all([listNotifications(user.id), getNotificationPreferences(user.id)]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("notify.title")}</h1>
      <NotificationList items={items} t={t} locale={locale} />
      <h2 className="text-lg font-bold">{t("notify.prefs.title")}</h2>
      <PreferencesForm kinds={optionalMailKinds} mailOff={[...preferences.mailOff]} digest={preferences.digest} locale={preferences.locale} canDigest={user.role === "MANAGER"} />
    </section>
  );
}
