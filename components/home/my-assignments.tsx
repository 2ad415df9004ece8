import { PortalLink } from "@/components/ui/portal-link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Paragraphs } from "@/components/ui/paragraphs";
import type { MyAssignment } from "@/lib/data/my-assignments";
import type { DeadlineStanding } from "@/lib/domain/deadlines";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** A report's state in the words its author needs: an untouched copy is not written yet. */
export function assignmentStateKey(a: Pick<MyAssignment, "workflowState" | "carriedForward">) {
  if (a.workflowState === "DRAFT") return a.carriedForward ? "mine.state.notWritten" : "mine.state.draft";
  return `mine.state.${a.workflowState}` as const;
}

export function DeadlineText({ standing, t }: { standing: DeadlineStanding; t: Translate }) {
  if (standing.kind === "none") return <span>{t("mine.noDeadline")}</span>;
  if (standing.kind === "overdue") return <strong className="text-red-800">{t("mine.overdue", { days: standing.days })}</strong>;
  return standing.days === 0 ? <strong className="text-amber-900">{t("mine.dueToday")}</strong> : <span>{t("mine.daysLeft", { days: standing.days })}</span>;
}

/**
 * 「あなたの担当」 at the top of the home page: what the signed-in author has to
 * write for the open periods, returned reports first with the reviewer's comment.
 */
export function MyAssignments({ items, t, locale }: { items: MyAssignment[]; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="mine" className="rounded-lg border border-blue-200 bg-white p-4" data-testid="my-assignments">
      <h2 id="mine" className="mb-3 text-lg font-bold">{t("mine.title")}</h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("mine.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => {
            const writable = item.workflowState === "DRAFT" || item.workflowState === "RETURNED";
            return (
              <li
                key={item.reportId}
                data-testid={`mine-${item.issue.code}`}
                className={`rounded border p-3 ${item.workflowState === "RETURNED" ? "border-amber-400 bg-amber-50" : "border-slate-200"}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-bold">
                    <PortalLink href={`/issues/${item.issue.id}`} className="text-blue-800 hover:underline">{item.issue.code} {item.issue.name}</PortalLink>
                  </p>
                  <span className="rounded border border-slate-300 bg-white px-2 py-0.5 text-sm" data-testid="mine-state">{t(assignmentStateKey(item))}</span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">{t("mine.asOf")}</dt>
                  <dd><FormattedDate date={item.asOfDate} locale={locale} /></dd>
                  <dt className="text-slate-600">{t("mine.deadline")}</dt>
                  <dd data-testid="mine-deadline">
                    {item.deadline && <><FormattedDate date={item.deadline} locale={locale} />{" "}</>}
                    {/* Days left or overdue matter only while the report is still with its authors. */}
                    {(writable || !item.deadline) && <DeadlineText standing={item.standing} t={t} />}
                  </dd>
                </dl>
                {item.returnComment && (
                  <div className="mt-2 rounded border border-amber-300 bg-white p-2 text-sm" data-testid="mine-return-comment">
                    <p className="font-bold">{t("report.returnedComment", { name: item.reviewerName ?? "" })}</p>
                    <Paragraphs text={item.returnComment} />
                  </div>
                )}
                <p className="mt-3">
                  <PortalLink
                    href={`/reports/${item.reportId}`}
                    className={
                      writable
                        ? "inline-block rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900"
                        : "inline-block rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100"
                    }
                  >
                    {t(writable ? "mine.write" : "mine.view", { code: item.issue.code })}
                  </PortalLink>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
