import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { markAllReadAction, openNotificationAction } from "@/lib/actions/notifications";
import type { listNotifications } from "@/lib/data/notifications";
import { formatDateFor } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

type Item = Awaited<ReturnType<typeof listNotifications>>[number];

function describe(item: Item, t: Translate, locale: Locale): string {
  const report = item.report;
  const asOfDate = report?.period.asOfDate ?? item.period?.asOfDate;
  return t(`notify.list.${item.kind}`, {
    code: report?.issue.code ?? "",
    name: report?.issue.name ?? "",
    bureau: item.period?.bureau.name ?? "",
    asOf: asOfDate ? formatDateFor(asOfDate, locale) : "",
    deadline: report?.period.deadline ? formatDateFor(report.period.deadline, locale) : t("notify.field.noDeadline"),
  });
}

/** The user's notifications; opening one marks it read and goes to its report (or its period's page). */
export function NotificationList({ items, t, locale }: { items: Item[]; t: Translate; locale: Locale }) {
  if (items.length === 0) return <EmptyState>{t("notify.empty")}</EmptyState>;
  return (
    <div className="space-y-3">
      {items.some((i) => !i.readAt) && (
        <form action={markAllReadAction}>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">{t("notify.markAllRead")}</button>
        </form>
      )}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notification-list">
        {items.map((item) => (
          <li key={item.id} className={`p-3 ${item.readAt ? "" : "bg-blue-50"}`}>
            <form action={openNotificationAction} className="space-y-1">
              <input type="hidden" name="notificationId" value={item.id} />
              <div className="flex flex-wrap items-baseline gap-2 text-sm">
                {!item.readAt && <span className="rounded bg-blue-700 px-1.5 py-0.5 text-xs font-bold text-white">{t("notify.unread")}</span>}
                <FormattedJapanDay instant={item.createdAt} locale={locale} />
              </div>
              <button type="submit" className="text-left font-medium text-blue-800 underline hover:text-blue-950">
                {describe(item, t, locale)}
              </button>
              {item.comment && <p className="whitespace-pre-wrap text-sm text-slate-700">{t("notify.field.comment")}: {item.comment}</p>}
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
