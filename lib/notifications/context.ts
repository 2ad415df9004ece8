import type { NotificationKind } from "@/generated/prisma/sqlite/enums";
import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/transaction";
import { japanDateOf, parsePlainDate } from "@/lib/domain/dates";
import { readMailConfig } from "./mail-config";
import type { MailContext } from "./templates";

export const portalUrl = () => readMailConfig().NEXTAUTH_URL;

export const reportLink = (reportId: string, base = portalUrl()) => new URL(`/reports/${reportId}`, base).toString();

export const periodLink = (periodId: string, base = portalUrl()) => new URL(`/periods/${periodId}`, base).toString();

/** What a mail about a notification names: the issue, the reporting date, the deadline, the link. */
export async function mailContextOf(
  client: Db | Tx,
  n: { kind: NotificationKind; reportId?: string | null; periodId?: string | null; comment?: string | null; link?: string; days?: number; createdAt?: Date },
): Promise<MailContext & { periodId?: string }> {
  if (!n.reportId && n.periodId) {
    // A notice about a whole period (its briefing book): the bureau, the dates, the period page.
    const period = await client.reportingPeriod.findUniqueOrThrow({ where: { id: n.periodId }, select: { asOfDate: true, deadline: true, bureau: { select: { name: true } } } });
    return { kind: n.kind, bureau: period.bureau.name, asOfDate: period.asOfDate, deadline: period.deadline, link: n.link ?? periodLink(n.periodId), periodId: n.periodId };
  }
  if (!n.reportId) return { kind: n.kind, link: n.link ?? portalUrl() };
  const report = await client.progressReport.findUniqueOrThrow({
    where: { id: n.reportId },
    select: { periodId: true, issue: { select: { code: true, name: true } }, period: { select: { asOfDate: true, deadline: true } } },
  });
  const { deadline } = report.period;
  const days = n.days ?? (deadline && n.createdAt ? Math.round((deadline.getTime() - parsePlainDate(japanDateOf(n.createdAt)).getTime()) / 86_400_000) : undefined);
  return {
    kind: n.kind,
    issue: report.issue,
    asOfDate: report.period.asOfDate,
    deadline,
    days,
    comment: n.comment,
    link: n.link ?? reportLink(n.reportId),
    periodId: report.periodId,
  };
}
