import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { mailIdSchema, markReadSchema, optionalMailKinds, preferencesSchema } from "@/lib/validation/notifications";
import { type CommandResult, fail, ok, parseInput } from "./result";

/**
 * Marks the actor's own notification (or all of them) read and returns the
 * report it is about. Not audited: it changes nothing but the reader's own
 * list (decision record 071).
 */
export async function markNotificationsRead(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ reportId: string | null; periodId: string | null }>> {
  if (!can(actor, "notification.read")) return fail({ kind: "forbidden" });
  const input = parseInput(markReadSchema, raw, locale);
  if (!input.ok) return input;
  const now = new Date();
  if ("all" in input.data) {
    await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
    return ok({ reportId: null, periodId: null });
  }
  const notification = await db.notification.findUnique({ where: { id: input.data.notificationId }, select: { userId: true, reportId: true, periodId: true } });
  // Another user's notification is answered as missing: its existence is not theirs to learn.
  if (!notification || notification.userId !== actor.id) return fail({ kind: "not-found" });
  await db.notification.updateMany({ where: { id: input.data.notificationId, readAt: null }, data: { readAt: now } });
  return ok({ reportId: notification.reportId, periodId: notification.periodId });
}

/** The actor's mail choices: which kinds come by mail, the managers' daily digest, the mail's language. */
export async function saveNotificationPreferences(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!can(actor, "notification.read")) return fail({ kind: "forbidden" });
  const input = parseInput(preferencesSchema, raw, locale);
  if (!input.ok) return input;
  const { mailKinds, locale: mailLocale } = input.data;
  const digest = input.data.digest && actor.role === "MANAGER";
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { mailDigest: digest, locale: mailLocale }, select: { bureauId: true } });
    await tx.notificationMailPreference.deleteMany({ where: { userId: actor.id } });
    const off = optionalMailKinds.filter((k) => !mailKinds.includes(k));
    await tx.notificationMailPreference.createMany({ data: off.map((kind) => ({ userId: actor.id, kind, mail: false })) });
    await recordAudit(tx, {
      actorId: actor.id, action: "notification.preferences", entityType: "User", entityId: actor.id, bureauId: user.bureauId,
      after: { mailOff: off, digest, locale: mailLocale },
    });
    return ok({ userId: actor.id });
  });
}

/** An admin puts a mail that failed for good back in the queue (after the address or server was fixed). */
export async function resendMail(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ mailId: string }>> {
  if (!can(actor, "mail.resend")) return fail({ kind: "forbidden" });
  const input = parseInput(mailIdSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const mail = await tx.outboxMail.findUnique({ where: { id: input.data.mailId }, select: { id: true, state: true, to: true, subject: true, lastError: true } });
    if (!mail) return fail({ kind: "not-found" });
    if (mail.state !== "FAILED") return fail({ kind: "rejected", reason: "notify.failures.notFailed" });
    await tx.outboxMail.update({ where: { id: mail.id }, data: { state: "PENDING", attempts: 0, nextAttemptAt: new Date(), claimedUntil: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: "mail.resend", entityType: "OutboxMail", entityId: mail.id,
      before: { state: "FAILED", lastError: mail.lastError }, after: { state: "PENDING", to: mail.to, subject: mail.subject },
    });
    return ok({ mailId: mail.id });
  });
}
