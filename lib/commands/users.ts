import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can, canManageUser } from "@/lib/auth/permissions";
import { issuePasswordToken, passwordLink } from "@/lib/auth/password-tokens";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/transaction";
import type { Locale } from "@/lib/i18n/messages";
import { notifyPasswordLink } from "@/lib/notifications/events";
import { createUserSchema, updateUserSchema, type UserFields, userIdSchema } from "@/lib/validation/users";
import { type CommandFailure, type CommandResult, fail, invalidField, ok, parseInput } from "./result";

/** Whether the actor may manage anyone at all: asked before any input is read. */
const managesUsers = (actor: Actor) => can(actor, "user.manage") || can(actor, "user.manageAll");

const userSelect = {
  id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, active: true, passwordHash: true,
  coEditSections: { select: { sectionId: true } },
} as const;

/** What the audit log keeps of an account (never a password or its hash). */
function auditView(user: { name: string; email: string; role: string; bureauId: string | null; sectionId: string | null; active?: boolean }, coEditSectionIds: readonly string[]) {
  return { name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId, coEditSectionIds: [...coEditSectionIds].sort(), active: user.active ?? true };
}

/** The sections must be the bureau's; the extra ones are other sections of it. Returns the failing field. */
async function checkPlacement(tx: Tx, fields: UserFields, locale: Locale): Promise<CommandResult<never> | null> {
  if (fields.bureauId === null) return null;
  const bureau = await tx.bureau.findUnique({ where: { id: fields.bureauId }, select: { active: true, sections: { where: { active: true }, select: { id: true } } } });
  if (!bureau) return invalidField("bureauId", "validation.unknownBureau", locale);
  if (!bureau.active) return invalidField("bureauId", "validation.inactiveBureau", locale);
  // A deactivated section is not among them: nobody is placed in it.
  const sections = new Set(bureau.sections.map((s) => s.id));
  if (fields.sectionId !== null && !sections.has(fields.sectionId)) return invalidField("sectionId", "validation.sectionNotInBureau", locale);
  if (fields.coEditSectionIds.some((id) => !sections.has(id) || id === fields.sectionId)) {
    return invalidField("coEditSectionIds", "validation.sectionNotInBureau", locale);
  }
  return null;
}

/**
 * Creates an account without a password and returns a one-time link token
 * for the new user to set one (an invitation).
 */
export async function createUser(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string; token: string }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(createUserSchema, raw, locale);
  if (!input.ok) return input;
  const fields = input.data;
  if (!canManageUser(actor, fields)) return fail({ kind: "forbidden" });
  return db.$transaction(async (tx) => {
    const placement = await checkPlacement(tx, fields, locale);
    if (placement) return placement;
    if (await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } })) return fail({ kind: "rejected", reason: "user.emailTaken" });
    const user = await tx.user.create({
      data: {
        name: fields.name, email: fields.email, role: fields.role, bureauId: fields.bureauId, sectionId: fields.sectionId,
        coEditSections: { create: fields.coEditSectionIds.map((sectionId) => ({ sectionId })) },
      },
    });
    const token = await issuePasswordToken(tx, user.id, "INVITE");
    await recordAudit(tx, {
      actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, bureauId: fields.bureauId,
      after: auditView(user, fields.coEditSectionIds),
    });
    await notifyPasswordLink(tx, user.id, "INVITE", passwordLink(token));
    return ok({ userId: user.id, token });
  });
}

/** Changes an account's name, email, role and place. Nobody changes their own role or bureau. */
export async function updateUser(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(updateUserSchema, raw, locale);
  if (!input.ok) return input;
  const { userId, ...fields } = input.data;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) return fail({ kind: "not-found" });
    if (!canManageUser(actor, before) || !canManageUser(actor, fields)) return fail({ kind: "forbidden" });
    if (before.id === actor.id && (fields.role !== before.role || fields.bureauId !== before.bureauId)) {
      return fail({ kind: "rejected", reason: "user.selfRoleChange" });
    }
    const placement = await checkPlacement(tx, fields, locale);
    if (placement) return placement;
    const sameEmail = await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } });
    if (sameEmail && sameEmail.id !== userId) return fail({ kind: "rejected", reason: "user.emailTaken" });
    await tx.userCoEditSection.deleteMany({ where: { userId } });
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        name: fields.name, email: fields.email, role: fields.role, bureauId: fields.bureauId, sectionId: fields.sectionId,
        coEditSections: { create: fields.coEditSectionIds.map((sectionId) => ({ sectionId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.update", entityType: "User", entityId: userId, bureauId: fields.bureauId ?? before.bureauId,
      before: auditView(before, before.coEditSections.map((s) => s.sectionId)),
      after: auditView(after, fields.coEditSectionIds),
    });
    return ok({ userId });
  });
}

/** Loads the target account and checks the actor may manage it and is not acting on themselves. */
async function managedTarget(tx: Tx, actor: Actor, userId: string) {
  const refuse = (failure: CommandFailure) => ({ ok: false as const, ...failure });
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user) return refuse({ kind: "not-found" });
  if (!canManageUser(actor, user)) return refuse({ kind: "forbidden" });
  if (user.id === actor.id) return refuse({ kind: "rejected", reason: "user.self" });
  return { ok: true as const, user };
}

/**
 * A deactivated user cannot sign in, every session of theirs ends at once
 * (the session check reads `active` and `sessionsRevokedAt` on each use) and
 * their unused links stop working; what they wrote stays theirs.
 */
export async function deactivateUser(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(userIdSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const target = await managedTarget(tx, actor, input.data.userId);
    if (!target.ok) return target;
    if (!target.user.active) return fail({ kind: "rejected", reason: "user.alreadyInactive" });
    const now = new Date();
    await tx.user.update({ where: { id: target.user.id }, data: { active: false, deactivatedAt: now, sessionsRevokedAt: now } });
    await tx.passwordToken.updateMany({ where: { userId: target.user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.deactivate", entityType: "User", entityId: target.user.id, bureauId: target.user.bureauId,
      before: { active: true }, after: { active: false },
    });
    return ok({ userId: target.user.id });
  });
}

export async function reactivateUser(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(userIdSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const target = await managedTarget(tx, actor, input.data.userId);
    if (!target.ok) return target;
    if (target.user.active) return fail({ kind: "rejected", reason: "user.alreadyActive" });
    await tx.user.update({ where: { id: target.user.id }, data: { active: true, deactivatedAt: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.reactivate", entityType: "User", entityId: target.user.id, bureauId: target.user.bureauId,
      before: { active: false }, after: { active: true },
    });
    return ok({ userId: target.user.id });
  });
}

/**
 * Whether the user has left any trace: a report written or reviewed, an issue
 * version, or an audit entry of their own (signing in and setting a password
 * count: the entry names them, and the hash chain must not change under it).
 */
async function hasHistory(tx: Tx, userId: string): Promise<boolean> {
  const [authored, reviewed, revisions, acted] = await Promise.all([
    tx.progressReport.count({ where: { authorId: userId } }),
    tx.progressReport.count({ where: { reviewedById: userId } }),
    tx.issueRevision.count({ where: { authorId: userId } }),
    tx.auditEntry.count({ where: { actorId: userId } }),
  ]);
  return authored + reviewed + revisions + acted > 0;
}

/** Only an account that never wrote anything can be deleted; others are deactivated. */
export async function deleteUser(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(userIdSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const target = await managedTarget(tx, actor, input.data.userId);
    if (!target.ok) return target;
    if (await hasHistory(tx, target.user.id)) return fail({ kind: "rejected", reason: "user.hasHistory" });
    await tx.user.delete({ where: { id: target.user.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.delete", entityType: "User", entityId: target.user.id, bureauId: target.user.bureauId,
      before: auditView(target.user, target.user.coEditSections.map((s) => s.sectionId)),
    });
    return ok({ userId: target.user.id });
  });
}

/**
 * A new one-time link for the user: an invitation while they have no password,
 * a reset otherwise. Earlier unused links stop working. The token itself is
 * never written to the audit log.
 */
export async function issuePasswordLink(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string; token: string; purpose: "INVITE" | "RESET" }>> {
  if (!managesUsers(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(userIdSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const target = await managedTarget(tx, actor, input.data.userId);
    if (!target.ok) return target;
    if (!target.user.active) return fail({ kind: "rejected", reason: "user.inactive" });
    const purpose = target.user.passwordHash === null ? "INVITE" : "RESET";
    const token = await issuePasswordToken(tx, target.user.id, purpose);
    await recordAudit(tx, {
      actorId: actor.id, action: purpose === "INVITE" ? "user.invite" : "user.passwordReset", entityType: "User", entityId: target.user.id,
      bureauId: target.user.bureauId, after: { link: purpose },
    });
    await notifyPasswordLink(tx, target.user.id, purpose, passwordLink(token));
    return ok({ userId: target.user.id, token, purpose });
  });
}
