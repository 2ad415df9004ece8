import "server-only";
import { db } from "@/lib/db";

/** The user's newest notifications (their own only), with what the list names: the issue, the dates. */
export async function listNotifications(userId: string, limit = 100) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, reportId: true, periodId: true, comment: true, readAt: true, createdAt: true },
  });
  const reportIds = [...new Set(rows.flatMap((r) => (r.reportId ? [r.reportId] : [])))];
  // Notices about a whole period (a briefing book) name the bureau and the date.
  const periodIds = [...new Set(rows.flatMap((r) => (!r.reportId && r.periodId ? [r.periodId] : [])))];
  const [reports, periods] = await Promise.all([
    db.progressReport.findMany({
      where: { id: { in: reportIds } },
      select: { id: true, issue: { select: { code: true, name: true } }, period: { select: { asOfDate: true, deadline: true } } },
    }),
    db.reportingPeriod.findMany({ where: { id: { in: periodIds } }, select: { id: true, asOfDate: true, bureau: { select: { name: true } } } }),
  ]);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const periodById = new Map(periods.map((p) => [p.id, p]));
  return rows.map((row) => ({
    ...row,
    report: row.reportId ? (byId.get(row.reportId) ?? null) : null,
    period: !row.reportId && row.periodId ? (periodById.get(row.periodId) ?? null) : null,
  }));
}

export async function getNotificationPreferences(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { locale: true, mailDigest: true, mailPreferences: { where: { mail: false }, select: { kind: true } } },
  });
  return { locale: user.locale, digest: user.mailDigest, mailOff: new Set(user.mailPreferences.map((p) => p.kind)) };
}

/** Mail that failed for good, newest first, for the admins' page. */
export function listFailedMails(limit = 200) {
  return db.outboxMail.findMany({
    where: { state: "FAILED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, lastError: true, attempts: true, createdAt: true },
  });
}
