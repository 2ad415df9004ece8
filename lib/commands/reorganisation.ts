import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/transaction";
import { fiscalYearOf, japanDateOf } from "@/lib/domain/dates";
import type { Locale } from "@/lib/i18n/messages";
import { mergeSectionsSchema, moveIssuesSchema, moveSectionSchema, setBureauActiveSchema, setSectionActiveSchema } from "@/lib/validation/organisation";
import { type CommandResult, fail, ok, parseInput } from "./result";

// A reorganisation (組織改正) and deactivation, admins only. Nothing is deleted or
// rewritten: a section's old name and bureau, and an issue's old owner, are kept
// as eras ending now, so "as of" views of earlier dates show them (decision 044).
// Each command previews what it would change unless `confirm` is set.

export interface ReorganisationOutcome {
  /** What the change touches (or touched): counts shown before it is confirmed. */
  issues: number;
  users: number;
  done: boolean;
}

const manages = (actor: Actor) => can(actor, "organisation.manage");

/** Issues a section owns in documents of this fiscal year or later: reports are still to be written on them. */
function currentIssuesOf(tx: Tx, sectionId: string) {
  return tx.issue.count({ where: { owningSectionId: sectionId, document: { fiscalYear: { gte: fiscalYearOf(japanDateOf(new Date())) } } } });
}

const activeUsersIn = (tx: Tx, where: { sectionId: string } | { bureauId: string }) => tx.user.count({ where: { ...where, active: true } });

/**
 * Deactivates or reactivates a bureau or ward. A deactivated one leaves the
 * pickers and gets no new reporting period; its documents, reports and exports stay.
 * Refused while it has an open period or active users (move or deactivate them first).
 */
export async function setBureauActive(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ReorganisationOutcome>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(setBureauActiveSchema, raw, locale);
  if (!input.ok) return input;
  const { bureauId, active, confirm } = input.data;
  return db.$transaction(async (tx) => {
    const bureau = await tx.bureau.findUnique({ where: { id: bureauId }, select: { id: true, active: true } });
    if (!bureau) return fail({ kind: "not-found" });
    if (bureau.active === active) return fail({ kind: "rejected", reason: active ? "organisation.alreadyActive" : "organisation.alreadyInactive" });
    const users = await activeUsersIn(tx, { bureauId });
    if (!active) {
      if (users > 0) return fail({ kind: "rejected", reason: "organisation.bureauHasUsers" });
      if (await tx.reportingPeriod.count({ where: { bureauId, status: "OPEN" } })) return fail({ kind: "rejected", reason: "organisation.bureauHasOpenPeriod" });
    }
    if (!confirm) return ok({ issues: 0, users, done: false });
    await tx.bureau.update({ where: { id: bureauId }, data: { active } });
    await recordAudit(tx, { actorId: actor.id, action: active ? "bureau.reactivate" : "bureau.deactivate", entityType: "Bureau", entityId: bureauId, bureauId, before: { active: !active }, after: { active } });
    return ok({ issues: 0, users, done: true });
  });
}

/**
 * Deactivates or reactivates a section. Refused while active users belong to it
 * or it owns issues of this fiscal year or later (merge it into another instead).
 */
export async function setSectionActive(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ReorganisationOutcome>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(setSectionActiveSchema, raw, locale);
  if (!input.ok) return input;
  const { sectionId, active, confirm } = input.data;
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: sectionId }, select: { id: true, bureauId: true, active: true, bureau: { select: { active: true } } } });
    if (!section) return fail({ kind: "not-found" });
    if (section.active === active) return fail({ kind: "rejected", reason: active ? "organisation.alreadyActive" : "organisation.alreadyInactive" });
    if (active && !section.bureau.active) return fail({ kind: "rejected", reason: "organisation.bureauInactive" });
    const [users, issues] = await Promise.all([activeUsersIn(tx, { sectionId }), currentIssuesOf(tx, sectionId)]);
    if (!active && users > 0) return fail({ kind: "rejected", reason: "organisation.sectionHasUsers" });
    if (!active && issues > 0) return fail({ kind: "rejected", reason: "organisation.sectionHasCurrentIssues" });
    if (!confirm) return ok({ issues, users, done: false });
    await tx.section.update({ where: { id: sectionId }, data: { active } });
    await recordAudit(tx, { actorId: actor.id, action: active ? "section.reactivate" : "section.deactivate", entityType: "Section", entityId: sectionId, bureauId: section.bureauId, before: { active: !active }, after: { active } });
    return ok({ issues, users, done: true });
  });
}

/** Two active sections of one bureau, the first handing issues to the second; or why not. */
async function sectionPair(tx: Tx, sectionId: string, intoSectionId: string): Promise<CommandResult<{ from: { id: string; name: string; bureauId: string }; into: { id: string; name: string } }>> {
  if (sectionId === intoSectionId) return fail({ kind: "rejected", reason: "organisation.mergeSame" });
  const [from, into] = await Promise.all([
    tx.section.findUnique({ where: { id: sectionId }, select: { id: true, name: true, bureauId: true, active: true } }),
    tx.section.findUnique({ where: { id: intoSectionId }, select: { id: true, name: true, bureauId: true, active: true } }),
  ]);
  if (!from || !into) return fail({ kind: "not-found" });
  if (from.bureauId !== into.bureauId) return fail({ kind: "rejected", reason: "organisation.mergeOtherBureau" });
  if (!from.active || !into.active) return fail({ kind: "rejected", reason: "organisation.mergeInactive" });
  return ok({ from, into });
}

/** The issues pass to another section; an era keeps who owned them until now. */
async function handOverIssues(tx: Tx, issueIds: readonly string[], fromId: string, intoId: string) {
  const now = new Date();
  await tx.issueOwnerEra.createMany({ data: issueIds.map((issueId) => ({ issueId, sectionId: fromId, until: now })) });
  await tx.issue.updateMany({ where: { id: { in: [...issueIds] } }, data: { owningSectionId: intoId } });
  // An issue the new owner helped with is now its own.
  await tx.issueRelatedSection.deleteMany({ where: { sectionId: intoId, issueId: { in: [...issueIds] } } });
}

/**
 * Merges a section into another of the same bureau: its issues (with an era
 * recording the old owner), its users and its co-editing grants move to the
 * surviving section, and it is deactivated. Sections of two bureaus are merged
 * by moving one first.
 */
export async function mergeSections(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ReorganisationOutcome>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(mergeSectionsSchema, raw, locale);
  if (!input.ok) return input;
  const { sectionId, intoSectionId, confirm } = input.data;
  return db.$transaction(async (tx) => {
    const pair = await sectionPair(tx, sectionId, intoSectionId);
    if (!pair.ok) return pair;
    const { from, into } = pair.data;
    const [owned, users] = await Promise.all([
      tx.issue.findMany({ where: { owningSectionId: sectionId }, select: { id: true } }),
      tx.user.findMany({ where: { sectionId }, select: { id: true } }),
    ]);
    if (!confirm) return ok({ issues: owned.length, users: users.length, done: false });
    await handOverIssues(tx, owned.map((issue) => issue.id), sectionId, intoSectionId);
    await moveSharedRows(tx, sectionId, intoSectionId);
    await tx.user.updateMany({ where: { sectionId }, data: { sectionId: intoSectionId } });
    await tx.section.update({ where: { id: sectionId }, data: { active: false } });
    await recordAudit(tx, {
      actorId: actor.id, action: "section.merge", entityType: "Section", entityId: sectionId, bureauId: from.bureauId,
      before: { name: from.name }, after: { into: { id: into.id, name: into.name }, issues: owned.length, users: users.length },
    });
    return ok({ issues: owned.length, users: users.length, done: true });
  });
}

/**
 * Hands chosen issues of a section to another section of its bureau: with a
 * new section, this is how a section is split (people move on their own pages).
 * Earlier dates keep the old owner (an era each).
 */
export async function moveIssues(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ReorganisationOutcome>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(moveIssuesSchema, raw, locale);
  if (!input.ok) return input;
  const { sectionId, intoSectionId, issueIds, confirm } = input.data;
  return db.$transaction(async (tx) => {
    const pair = await sectionPair(tx, sectionId, intoSectionId);
    if (!pair.ok) return pair;
    const owned = await tx.issue.findMany({ where: { id: { in: issueIds }, owningSectionId: sectionId }, select: { id: true, code: true } });
    if (owned.length !== new Set(issueIds).size) return fail({ kind: "rejected", reason: "organisation.issueNotOwned" });
    if (!confirm) return ok({ issues: owned.length, users: 0, done: false });
    await handOverIssues(tx, owned.map((issue) => issue.id), sectionId, intoSectionId);
    await recordAudit(tx, {
      actorId: actor.id, action: "section.moveIssues", entityType: "Section", entityId: sectionId, bureauId: pair.data.from.bureauId,
      before: { name: pair.data.from.name }, after: { into: { id: intoSectionId, name: pair.data.into.name }, issues: owned.map((issue) => issue.code) },
    });
    return ok({ issues: owned.length, users: 0, done: true });
  });
}

/**
 * The issues a section helps with and the users who co-edit for it pass to the
 * section it merges into, once each: a row the survivor already has (or that
 * would name a user's own section, or an issue's owner) is dropped.
 */
async function moveSharedRows(tx: Tx, fromId: string, intoId: string) {
  const related = await tx.issueRelatedSection.findMany({ where: { sectionId: fromId }, select: { issueId: true, canEdit: true, issue: { select: { owningSectionId: true } } } });
  const survivorRows = new Map((await tx.issueRelatedSection.findMany({ where: { sectionId: intoId, issueId: { in: related.map((r) => r.issueId) } }, select: { issueId: true, canEdit: true } })).map((r) => [r.issueId, r.canEdit]));
  for (const row of related) {
    const survivorCanEdit = survivorRows.get(row.issueId);
    if (row.issue.owningSectionId === intoId) continue;
    if (survivorCanEdit === undefined) await tx.issueRelatedSection.create({ data: { issueId: row.issueId, sectionId: intoId, canEdit: row.canEdit } });
    else if (row.canEdit && !survivorCanEdit) await tx.issueRelatedSection.update({ where: { issueId_sectionId: { issueId: row.issueId, sectionId: intoId } }, data: { canEdit: true } });
  }
  await tx.issueRelatedSection.deleteMany({ where: { sectionId: fromId } });
  const grants = await tx.userCoEditSection.findMany({ where: { sectionId: fromId }, select: { userId: true, user: { select: { sectionId: true } } } });
  const survivorGrants = new Set((await tx.userCoEditSection.findMany({ where: { sectionId: intoId }, select: { userId: true } })).map((g) => g.userId));
  const moving = grants.filter((g) => g.user.sectionId !== intoId && !survivorGrants.has(g.userId));
  await tx.userCoEditSection.deleteMany({ where: { sectionId: fromId } });
  await tx.userCoEditSection.createMany({ data: moving.map((g) => ({ userId: g.userId, sectionId: intoId })) });
}

/**
 * Moves a section, with its users, to another bureau. Its issues of earlier years
 * stay in the documents they were written in (a document is one bureau's), shown
 * under the section's name and bureau of the time; the new bureau's next
 * document takes its issues. Refused while it owns issues of this fiscal year or
 * later, or the bureau has a section of that name. Users' co-editing grants
 * belonged to the old bureau and end.
 */
export async function moveSection(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<ReorganisationOutcome>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(moveSectionSchema, raw, locale);
  if (!input.ok) return input;
  const { sectionId, bureauId, confirm } = input.data;
  return db.$transaction(async (tx) => {
    const [section, bureau] = await Promise.all([
      tx.section.findUnique({ where: { id: sectionId }, select: { id: true, name: true, bureauId: true } }),
      tx.bureau.findUnique({ where: { id: bureauId }, select: { id: true, name: true, active: true } }),
    ]);
    if (!section || !bureau) return fail({ kind: "not-found" });
    if (section.bureauId === bureauId) return fail({ kind: "rejected", reason: "organisation.moveSameBureau" });
    if (!bureau.active) return fail({ kind: "rejected", reason: "organisation.bureauInactive" });
    if (await tx.section.findFirst({ where: { bureauId, name: section.name } })) return fail({ kind: "rejected", reason: "organisation.sectionTaken" });
    const [issues, users] = await Promise.all([currentIssuesOf(tx, sectionId), tx.user.findMany({ where: { sectionId }, select: { id: true } })]);
    if (issues > 0) return fail({ kind: "rejected", reason: "organisation.sectionHasCurrentIssues" });
    if (!confirm) return ok({ issues, users: users.length, done: false });
    const userIds = users.map((u) => u.id);
    await tx.sectionEra.create({ data: { sectionId, name: section.name, bureauId: section.bureauId, until: new Date() } });
    await tx.section.update({ where: { id: sectionId }, data: { bureauId } });
    await tx.userCoEditSection.deleteMany({ where: { OR: [{ userId: { in: userIds } }, { sectionId }] } });
    await tx.user.updateMany({ where: { id: { in: userIds } }, data: { bureauId } });
    await recordAudit(tx, {
      actorId: actor.id, action: "section.move", entityType: "Section", entityId: sectionId, bureauId,
      before: { bureauId: section.bureauId }, after: { bureauId, users: userIds.length },
    });
    return ok({ issues, users: userIds.length, done: true });
  });
}
