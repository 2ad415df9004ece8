import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { hashPasswordToken, linkState } from "@/lib/auth/password-tokens";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { changePasswordSchema, setPasswordSchema } from "@/lib/validation/users";
import { type CommandResult, fail, invalidField, ok, parseInput } from "./result";

const linkReasons = { invalid: "password.linkInvalid", used: "password.linkUsed", expired: "password.linkExpired" } as const;

/**
 * Sets a password through a one-time link (invitation or reset). The link is
 * spent in the same transaction, by a conditional update, so two uses racing
 * each other cannot both succeed. Every session of the user ends: after a
 * reset, whoever held the old password is signed out.
 */
export async function setPasswordWithToken(raw: unknown, locale: Locale): Promise<CommandResult<{ email: string }>> {
  const input = parseInput(setPasswordSchema, raw, locale);
  if (!input.ok) return input;
  const now = new Date();
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(input.data.token) },
    select: { id: true, usedAt: true, expiresAt: true, purpose: true, user: { select: { id: true, name: true, email: true, active: true, bureauId: true } } },
  });
  const state = linkState(row, now);
  if (state !== "usable" || !row) return fail({ kind: "rejected", reason: linkReasons[state === "usable" ? "invalid" : state] });
  const problem = passwordProblem(input.data.password, row.user);
  if (problem) return invalidField("password", problem, locale);
  const passwordHash = await hashPassword(input.data.password);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1) return fail({ kind: "rejected", reason: "password.linkUsed" });
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, sessionsRevokedAt: now } });
    await recordAudit(tx, {
      actorId: row.user.id, action: "user.passwordSet", entityType: "User", entityId: row.user.id, bureauId: row.user.bureauId,
      after: { via: row.purpose },
    });
    return ok({ email: row.user.email });
  });
}

/** A signed-in user changes their own password, giving the current one. */
export async function changeOwnPassword(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!can(actor, "account.password")) return fail({ kind: "forbidden" });
  const input = parseInput(changePasswordSchema, raw, locale);
  if (!input.ok) return input;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, name: true, email: true, passwordHash: true, bureauId: true, active: true } });
  if (!user || !user.active) return fail({ kind: "forbidden" });
  if (!user.passwordHash || !(await verifyPassword(input.data.current, user.passwordHash))) return invalidField("current", "password.currentWrong", locale);
  if (await verifyPassword(input.data.password, user.passwordHash)) return fail({ kind: "rejected", reason: "password.unchanged" });
  const problem = passwordProblem(input.data.password, user);
  if (problem) return invalidField("password", problem, locale);
  const passwordHash = await hashPassword(input.data.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, { actorId: user.id, action: "user.passwordChange", entityType: "User", entityId: user.id, bureauId: user.bureauId });
    return ok({ userId: user.id });
  });
}
