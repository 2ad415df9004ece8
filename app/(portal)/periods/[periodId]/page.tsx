import { PortalLink } from "@/components/ui/portal-link";
import { notFound } from "next/navigation";
import { BriefingBooks } from "@/components/periods/briefing-books";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedJapanDay } from "@/components/ui/formatted-date";
import { Table } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { listBriefingBooks } from "@/lib/data/briefing-books";
import { listPeriodReports, type ReportBucket, reportBuckets } from "@/lib/data/period-reports";
import { formatDateFor } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

/**
 * The reports behind one count of the periods page (?state=NOT_REPORTED|DRAFT|SUBMITTED|APPROVED|RETURNED),
 * and the period's briefing books.
 */
export default async function PeriodReportsPage({ params, searchParams }: { params: Promise<{ periodId: string }>; searchParams: Promise<{ state?: string }> }) {
  const user = await requirePermission("period.manage");
  const { t, locale } = await getTranslator();
  const requested = (await searchParams).state;
  const bucket: ReportBucket = reportBuckets.find((b) => b === requested) ?? "NOT_REPORTED";
  const { periodId } = await params;
  const list = await readOrForbidden(listPeriodReports(user, periodId, bucket));
  if (!list) notFound();
  const books = (await listBriefingBooks(user, periodId)) ?? [];
  const date = formatDateFor(list.period.asOfDate, locale);
  return (
    <section className="space-y-4">
      <PortalLink href={`/periods?bureau=${list.period.bureau.code}`} className="text-sm text-blue-800 hover:underline">← {t("periods.title")}</PortalLink>
      <h1 className="text-2xl font-bold">{t("periods.listTitle", { bureau: list.period.bureau.name, date, state: t(`periods.bucket.${bucket}`) })}</h1>
      {list.rows.length === 0 ? (
        <EmptyState>{t("periods.listEmpty")}</EmptyState>
      ) : (
        <Table columns={[t("review.issue"), t("review.section"), t("periods.listAuthor"), t("periods.listUpdated")]}>
          {list.rows.map(({ issue, report }) => (
            <tr key={issue.id} className="border-b border-slate-200" data-testid="period-report-row">
              <th scope="row" className="p-2 text-left font-normal">
                <PortalLink href={report ? `/reports/${report.id}` : `/issues/${issue.id}`} className="text-blue-800 hover:underline">{issue.code} {issue.name}</PortalLink>
              </th>
              <td className="p-2">{issue.owningSection.name}</td>
              <td className="p-2">{report?.author?.name ?? "—"}</td>
              <td className="p-2">{report && !report.carriedForward ? <FormattedJapanDay instant={report.updatedAt} locale={locale} /> : "—"}</td>
            </tr>
          ))}
        </Table>
      )}
      <BriefingBooks periodId={periodId} books={books} mayGenerate={can(user, "briefing.generate", { bureauId: list.period.bureauId })} t={t} />
    </section>
  );
}
