import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { Table } from "@/components/ui/table";
import { resendMailAction } from "@/lib/actions/notifications";
import { requirePermission } from "@/lib/auth/session";
import { listFailedMails } from "@/lib/data/notifications";
import { getTranslator } from "@/lib/i18n/server";

/** Mail the worker gave up on (refused, bad address, too many attempts), with a button to queue it again. */
export default async function MailFailuresPage() {
  await requirePermission("mail.resend");
  const { t, locale } = await getTranslator();
  const mails = await listFailedMails();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("notify.failures.title")}</h1>
      {mails.length === 0 ? (
        <EmptyState>{t("notify.failures.empty")}</EmptyState>
      ) : (
        <Table columns={["", t("notify.failures.to"), t("notify.failures.subject"), t("notify.failures.error"), t("notify.failures.attempts"), { hidden: t("notify.failures.resend") }]}>
          {mails.map((mail) => (
            <tr key={mail.id} className="border-t border-slate-200 align-top">
              <td className="p-2 whitespace-nowrap"><FormattedJapanDay instant={mail.createdAt} locale={locale} /></td>
              <td className="p-2 break-all">{mail.to}</td>
              <td className="p-2">{mail.subject}</td>
              <td className="p-2 text-sm text-red-800">{mail.lastError}</td>
              <td className="p-2 text-right">{mail.attempts}</td>
              <td className="p-2">
                <form action={resendMailAction}>
                  <input type="hidden" name="mailId" value={mail.id} />
                  <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">{t("notify.failures.resend")}</button>
                </form>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
