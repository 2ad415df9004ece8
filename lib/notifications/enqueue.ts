import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@/generated/prisma/sqlite/enums";
import type { Tx } from "@/lib/db/transaction";
import { isLocale } from "@/lib/i18n/messages";
import { mailContextOf, portalUrl } from "./context";
import { renderMail } from "./templates";

/** Kinds that are the only way to reach the user: mailed whatever the preferences say, never digested. */
const alwaysMailed: ReadonlySet<NotificationKind> = new Set(["INVITATION", "PASSWORD_RESET"]);

export interface NotifyInput {
  kind: NotificationKind;
  userIds: readonly string[];
  reportId?: string;
  periodId?: string;
  comment?: string | null;
  /** Reminders: the idempotency key for each user (unique in the table). */
  dedupeKey?: (userId: string) => string;
  /** One-time links: the page the mail sends the user to (otherwise the report). */
  link?: string;
  days?: number;
}

export function newMessageId(): string {
  return `<${randomUUID()}@${new URL(portalUrl()).hostname}>`;
}

/**
 * Writes the notifications of one event, and the mails of those who want them,
 * inside the caller's transaction: if the change rolls back, nothing is sent.
 * The mail is rendered now, from the rows as the change leaves them.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return;
  const context = await mailContextOf(tx, input);
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, active: true },
    select: { id: true, email: true, locale: true, role: true, mailDigest: true, mailPreferences: { where: { kind: input.kind }, select: { mail: true } } },
  });
  for (const user of users) {
    const wantsMail = alwaysMailed.has(input.kind) || user.mailPreferences[0]?.mail !== false;
    const digested = !alwaysMailed.has(input.kind) && user.mailDigest && user.role === "MANAGER";
    const mail = wantsMail && !digested ? renderMail(context, isLocale(user.locale) ? user.locale : "ja") : null;
    await tx.notification.create({
      data: {
        userId: user.id,
        kind: input.kind,
        reportId: input.reportId ?? null,
        periodId: input.periodId ?? context.periodId ?? null,
        comment: input.comment ?? null,
        dedupeKey: input.dedupeKey?.(user.id) ?? null,
        ...(mail ? { mail: { create: { to: user.email, ...mail, messageId: newMessageId() } } } : {}),
      },
    });
  }
}
