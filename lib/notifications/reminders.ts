import type { Db } from "@/lib/db/client";
import { isAfterJapanDay, japanDateOf, parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import { notify } from "./enqueue";
import { bureauManagers, editingSectionsOf, issueAuthors } from "./recipients";

const dayMs = 24 * 60 * 60 * 1000;

/** "7,1" → [7, 1]: whole days before the deadline, at most 10 of them, 0–60 each; anything else is ignored. */
export function parseReminderDays(text: string): number[] {
  const days = text
    .split(",", 10)
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 60);
  return [...new Set(days)].sort((a, b) => b - a);
}

/**
 * The reminder a report is due for on Japan's day `today`: the nearest reminder
 * day already reached (7 days before, then 1 day before), or the deadline passed.
 * A worker that was down on the reminder's own day sends it on the next round;
 * one superseded by a nearer reminder is not sent late.
 */
export function dueReminder(deadline: string, reminderDays: readonly number[], now: Date): { kind: "DEADLINE_SOON"; day: string; daysLeft: number } | { kind: "DEADLINE_PASSED"; day: string } | null {
  if (isAfterJapanDay(deadline, now)) return { kind: "DEADLINE_PASSED", day: deadline };
  const daysLeft = Math.round((parsePlainDate(deadline).getTime() - parsePlainDate(japanDateOf(now)).getTime()) / dayMs);
  const reached = reminderDays.filter((d) => d >= daysLeft);
  if (reached.length === 0) return null;
  const nearest = Math.min(...reached);
  return { kind: "DEADLINE_SOON", day: toPlainDate(new Date(parsePlainDate(deadline).getTime() - nearest * dayMs)), daysLeft };
}

/**
 * Writes the reminders due at `now`, computed from the data: open periods with a
 * deadline, their reports not yet submitted. Each carries a key report × kind ×
 * day × user that the table keeps unique, so running this again (after a
 * restart, or by a second worker at once) adds nothing.
 */
export async function enqueueReminders(db: Db, now: Date): Promise<number> {
  const periods = await db.reportingPeriod.findMany({
    where: { status: "OPEN", deadline: { not: null } },
    select: {
      bureauId: true, deadline: true, reminderDays: true,
      progressReports: {
        where: { workflowState: { in: ["DRAFT", "RETURNED"] } },
        select: { id: true, issue: { select: { owningSectionId: true, relatedSections: { where: { canEdit: true }, select: { sectionId: true } } } } },
      },
    },
  });
  let written = 0;
  for (const period of periods) {
    const due = dueReminder(toPlainDate(period.deadline!), parseReminderDays(period.reminderDays), now);
    if (!due) continue;
    for (const report of period.progressReports) {
      const keyOf = (userId: string) => `${report.id}:${due.kind}:${due.day}:${userId}`;
      const authors = await issueAuthors(db, editingSectionsOf(report.issue));
      const userIds = due.kind === "DEADLINE_PASSED" ? [...authors, ...(await bureauManagers(db, period.bureauId))] : authors;
      const done = new Set((await db.notification.findMany({ where: { dedupeKey: { in: userIds.map(keyOf) } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey));
      for (const userId of userIds.filter((id) => !done.has(keyOf(id)))) {
        try {
          await db.$transaction((tx) => notify(tx, { kind: due.kind, reportId: report.id, userIds: [userId], dedupeKey: keyOf, days: due.kind === "DEADLINE_SOON" ? due.daysLeft : undefined }));
          written++;
        } catch (error) {
          // Another worker wrote the same reminder first: the unique key refused this one.
          if ((error as { code?: string }).code !== "P2002") throw error;
        }
      }
    }
  }
  return written;
}
