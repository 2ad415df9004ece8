import { formatJapanTime } from "@/lib/domain/dates";
import { PortalLink } from "@/components/ui/portal-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import { FormattedDate } from "@/components/ui/formatted-date";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/data/reports";
import { getTranslator } from "@/lib/i18n/server";

export default async function ReviewQueuePage() {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const queue = await readOrForbidden(listReviewQueue(user));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("review.title")}</h1>
      {queue.length === 0 ? (
        <EmptyState>{t("review.empty")}</EmptyState>
      ) : (
        <Table columns={[t("review.issue"), t("periods.asOfDate"), t("review.section"), t("review.submittedAt"), { hidden: t("review.open") }]}>
            {queue.map((report) => (
              <tr key={report.id} className="border-b border-slate-200">
                <td className="p-2">{report.period.bureau.name} {report.issue.code} {report.issue.name}</td>
                <td className="p-2"><FormattedDate date={report.period.asOfDate} locale={locale} /></td>
                <td className="p-2">{report.issue.owningSection.name}</td>
                <td className="p-2">{report.submittedAt ? formatJapanTime(report.submittedAt) : "—"}{report.author ? t("text.paren", { text: report.author.name }) : ""}</td>
                <td className="p-2"><PortalLink href={`/reports/${report.id}`} className="text-blue-800 hover:underline">{t("review.open")}: {report.issue.code}</PortalLink></td>
              </tr>
            ))}
        </Table>
      )}
    </section>
  );
}
