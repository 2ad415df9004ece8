import { PortalLink } from "@/components/ui/portal-link";
import { OpenPeriodForm } from "@/components/periods/open-period-form";
import { PeriodControls } from "@/components/periods/period-controls";
import { PublicationControl } from "@/components/periods/publication-control";
import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import { DeadlineForm } from "@/components/periods/deadline-form";
import { FormattedDate } from "@/components/ui/formatted-date";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requirePermission } from "@/lib/auth/session";
import { listReadableBureaus } from "@/lib/data/documents";
import { listPeriods } from "@/lib/data/periods";
import { formatFiscalYear, japanDateOf, toPlainDate } from "@/lib/domain/dates";
import { nextUsualAsOfDate, proposedDeadline } from "@/lib/domain/reporting-dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ bureau?: string }> }) {
  const user = await requirePermission("period.manage");
  const { t, locale } = await getTranslator();
  const query = await searchParams;
  const bureaus = (await listReadableBureaus(user)).filter((b) => can(user, "period.manage", { bureauId: b.id }));
  const bureau = bureaus.find((b) => b.code === query.bureau) ?? bureaus.find((b) => b.id === user.bureauId) ?? bureaus[0];
  if (!bureau) return <EmptyState>{t("home.noBureau")}</EmptyState>;
  const periods = await readOrForbidden(listPeriods(user, bureau.id));
  const latest = periods[0] ? toPlainDate(periods[0].asOfDate) : null;
  const proposedAsOf = nextUsualAsOfDate(latest, japanDateOf(new Date()));

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("periods.title")} {bureau.name}</h1>
      {bureaus.length > 1 && (
        <form method="get" className="flex items-end gap-2 text-sm">
          <label className="flex flex-col gap-1">
            {t("periods.bureau")}
            <select name="bureau" defaultValue={bureau.code} className="rounded border border-slate-300 bg-white px-2 py-1">
              {bureaus.map((b) => <option key={b.id} value={b.code}>{b.name}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1">{t("home.show")}</button>
        </form>
      )}
      {/* A deactivated bureau keeps its past periods but opens no new one. */}
      {bureau.active ? <OpenPeriodForm bureauId={bureau.id} proposedAsOf={proposedAsOf} proposedDeadline={proposedDeadline(proposedAsOf)} /> : <p className="text-sm text-slate-700">{t("organisation.bureauInactive")}</p>}
      {periods.length === 0 ? (
        <EmptyState>{t("periods.empty")}</EmptyState>
      ) : (
        <Table columns={[t("periods.asOfDate"), t("periods.fiscalYear"), t("periods.deadline"), t("periods.status"), t("periods.reports"), { hidden: t("periods.close") }, t("periods.publication")]}>
            {periods.map((period) => (
              <tr key={period.id} className="border-b border-slate-200 align-top" data-testid={`period-${toPlainDate(period.asOfDate)}`}>
                <th scope="row" className="p-2 text-left font-normal"><FormattedDate date={period.asOfDate} locale={locale} /></th>
                <td className="p-2">{formatFiscalYear(period.fiscalYear, locale)}</td>
                <td className="p-2">
                  {period.deadline ? <FormattedDate date={period.deadline} locale={locale} /> : "—"}
                  <div className="text-xs text-slate-700" data-testid="reminder-days">{t("periods.remindersOn", { days: period.reminderDays.split(",").join(t("text.separator")) })}</div>
                  {period.status === "OPEN" && <DeadlineForm periodId={period.id} deadline={period.deadline ? toPlainDate(period.deadline) : null} reminderDays={period.reminderDays} />}
                </td>
                <td className="p-2">
                  {t(`periods.status.${period.status}`)}
                  {period.reopenReason && <div className="text-xs text-slate-600">{t("periods.reopenedNote", { reason: period.reopenReason })}</div>}
                </td>
                <td className="p-2">
                  {/* Each count opens the list of those reports. */}
                  {([["NOT_REPORTED", period.notReported], ["DRAFT", period.byState.DRAFT], ["SUBMITTED", period.byState.SUBMITTED], ["APPROVED", period.byState.APPROVED], ["RETURNED", period.byState.RETURNED]] as const).map(([bucket, count], index) => (
                    <span key={bucket}>
                      {index > 0 && " / "}
                      <PortalLink href={`/periods/${period.id}?state=${bucket}`} className="text-blue-800 underline" aria-label={t("periods.countLink", { state: t(`periods.bucket.${bucket}`), count })}>{count}</PortalLink>
                    </span>
                  ))}
                </td>
                <td className="p-2"><PeriodControls periodId={period.id} open={period.status === "OPEN"} mayReopen={can(user, "period.reopen", { bureauId: bureau.id })} /></td>
                <td className="p-2">
                  {can(user, "document.publish", { bureauId: bureau.id }) && (
                    <PublicationControl
                      periodId={period.id}
                      publishedOn={period.publication ? japanDateOf(period.publication.publishedAt) : null}
                      publishable={period.byState.APPROVED > 0 && period.byState.APPROVED === period.byState.DRAFT + period.byState.SUBMITTED + period.byState.APPROVED + period.byState.RETURNED}
                    />
                  )}
                </td>
              </tr>
            ))}
        </Table>
      )}
    </section>
  );
}
