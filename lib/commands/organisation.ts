import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { createBureauSchema, createSectionSchema, saveCitySchema, updateBureauSchema, updateSectionSchema } from "@/lib/validation/organisation";
import { type CommandResult, fail, ok, parseInput } from "./result";

// The city, its bureaus and wards, and their sections: admins only. Renames
// keep every id, so issues, users and reports stay attached, and append the old
// name of a bureau or section as an era (decision 044).
const manages = (actor: Actor) => can(actor, "organisation.manage");

/** Names the city (creating it on an empty database) or renames it. */
export async function saveCity(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ cityId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(saveCitySchema, raw, locale);
  if (!input.ok) return input;
  const { cityId, name, code } = input.data;
  return db.$transaction(async (tx) => {
    const before = cityId ? await tx.city.findUnique({ where: { id: cityId } }) : null;
    if (cityId && !before) return fail({ kind: "not-found" });
    if (!cityId && (await tx.city.count()) > 0) return fail({ kind: "rejected", reason: "organisation.cityExists" });
    const city = before ? await tx.city.update({ where: { id: before.id }, data: { name, code } }) : await tx.city.create({ data: { name, code } });
    await recordAudit(tx, {
      actorId: actor.id, action: before ? "city.update" : "city.create", entityType: "City", entityId: city.id,
      before: before ? { name: before.name, code: before.code } : undefined, after: { name, code },
    });
    return ok({ cityId: city.id });
  });
}

/** A new bureau (局) or ward (区) of the city; its code must be free. */
export async function createBureau(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ bureauId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(createBureauSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const city = await tx.city.findFirst({ orderBy: { code: "asc" } });
    if (!city) return fail({ kind: "rejected", reason: "organisation.noCity" });
    if (await tx.bureau.findFirst({ where: { cityId: city.id, code: input.data.code } })) return fail({ kind: "rejected", reason: "organisation.codeTaken" });
    if (await tx.bureau.findFirst({ where: { cityId: city.id, name: input.data.name } })) return fail({ kind: "rejected", reason: "organisation.nameTaken" });
    const bureau = await tx.bureau.create({ data: { cityId: city.id, ...input.data } });
    await recordAudit(tx, { actorId: actor.id, action: "bureau.create", entityType: "Bureau", entityId: bureau.id, bureauId: bureau.id, after: input.data });
    return ok({ bureauId: bureau.id });
  });
}

/** Renames a bureau (keeping its old name for earlier dates), or changes its code, kind or order. */
export async function updateBureau(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ bureauId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(updateBureauSchema, raw, locale);
  if (!input.ok) return input;
  const { bureauId, ...fields } = input.data;
  return db.$transaction(async (tx) => {
    const before = await tx.bureau.findUnique({ where: { id: bureauId } });
    if (!before) return fail({ kind: "not-found" });
    const clash = await tx.bureau.findFirst({ where: { cityId: before.cityId, id: { not: bureauId }, OR: [{ code: fields.code }, { name: fields.name }] } });
    if (clash) return fail({ kind: "rejected", reason: clash.code === fields.code ? "organisation.codeTaken" : "organisation.nameTaken" });
    // The old name stays in force for "as of" views of earlier instants (lib/data/section-history.ts).
    if (before.name !== fields.name) await tx.bureauEra.create({ data: { bureauId, name: before.name, until: new Date() } });
    await tx.bureau.update({ where: { id: bureauId }, data: fields });
    await recordAudit(tx, {
      actorId: actor.id, action: "bureau.update", entityType: "Bureau", entityId: bureauId, bureauId,
      before: { name: before.name, code: before.code, kind: before.kind, sortOrder: before.sortOrder }, after: fields,
    });
    return ok({ bureauId });
  });
}

export async function createSection(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ sectionId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(createSectionSchema, raw, locale);
  if (!input.ok) return input;
  const { bureauId, name, sortOrder } = input.data;
  return db.$transaction(async (tx) => {
    const bureau = await tx.bureau.findUnique({ where: { id: bureauId }, select: { active: true } });
    if (!bureau) return fail({ kind: "not-found" });
    if (!bureau.active) return fail({ kind: "rejected", reason: "organisation.bureauInactive" });
    if (await tx.section.findFirst({ where: { bureauId, name } })) return fail({ kind: "rejected", reason: "organisation.sectionTaken" });
    const section = await tx.section.create({ data: { bureauId, name, sortOrder } });
    await recordAudit(tx, { actorId: actor.id, action: "section.create", entityType: "Section", entityId: section.id, bureauId, after: { name, sortOrder } });
    return ok({ sectionId: section.id });
  });
}

/** Renames a section (keeping its old name for earlier dates) or moves it in the bureau's order. */
export async function updateSection(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ sectionId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(updateSectionSchema, raw, locale);
  if (!input.ok) return input;
  const { sectionId, name, sortOrder } = input.data;
  return db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id: sectionId } });
    if (!before) return fail({ kind: "not-found" });
    if (await tx.section.findFirst({ where: { bureauId: before.bureauId, name, id: { not: sectionId } } })) return fail({ kind: "rejected", reason: "organisation.sectionTaken" });
    // The old name stays in force for "as of" views of earlier instants (lib/data/section-history.ts).
    if (before.name !== name) await tx.sectionEra.create({ data: { sectionId, name: before.name, bureauId: before.bureauId, until: new Date() } });
    await tx.section.update({ where: { id: sectionId }, data: { name, sortOrder } });
    await recordAudit(tx, {
      actorId: actor.id, action: "section.update", entityType: "Section", entityId: sectionId, bureauId: before.bureauId,
      before: { name: before.name, sortOrder: before.sortOrder }, after: { name, sortOrder },
    });
    return ok({ sectionId });
  });
}
