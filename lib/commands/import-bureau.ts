import type { BureauKind } from "@/generated/prisma/sqlite/enums";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseDocument } from "@/lib/documents/parse-document";
import type { Locale } from "@/lib/i18n/messages";
import { createBureauFromTitleSchema } from "@/lib/validation/organisation";
import { createBureau } from "./organisation";
import { type CommandResult, fail, ok, parseInput } from "./result";

/** A ward's name ends in 区 (東区, 中央区); every other body in a 局区Ｘ方針 title is a bureau. */
export const bureauKindOf = (name: string): BureauKind => (/区$/.test(name) ? "WARD" : "BUREAU");

/**
 * The bureau a document is imported into: the one with `code`, or, when none has
 * it and `create` is asked for, a new one named as the document's title names it
 * (局区Ｘ方針〈都市戦略局〉), made through createBureau (admins; audited).
 */
export async function importTargetBureau(actor: Actor, code: string, text: string, create: boolean, locale: Locale): Promise<CommandResult<{ bureauId: string; name: string; created: boolean }>> {
  const existing = await db.bureau.findFirst({ where: { code: code.trim().toLowerCase() }, select: { id: true, name: true } });
  if (existing) return ok({ bureauId: existing.id, name: existing.name, created: false });
  if (!create) return fail({ kind: "not-found" });
  const name = parseDocument(text).bureauName?.trim();
  if (!name) return fail({ kind: "rejected", reason: "import.noBureauInTitle" });
  const created = await createBureau(actor, { name, code, kind: bureauKindOf(name) }, locale);
  return created.ok ? ok({ bureauId: created.data.bureauId, name, created: true }) : created;
}

/**
 * The import page's offer (admins): the bureau a pasted document's title names,
 * previewed with the code it would get, then, with `confirm`, created through
 * importTargetBureau as the CLI's --create-bureau does. Refused when a bureau
 * already has that name or code, so the page never imports into one by surprise.
 */
export async function createBureauFromTitle(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ name: string; code: string; kind: BureauKind; bureauId: string | null; done: boolean }>> {
  if (!can(actor, "organisation.manage")) return fail({ kind: "forbidden" });
  const input = parseInput(createBureauFromTitleSchema, raw, locale);
  if (!input.ok) return input;
  const { code, text, confirm } = input.data;
  const name = parseDocument(text).bureauName?.trim();
  if (!name) return fail({ kind: "rejected", reason: "import.noBureauInTitle" });
  const clash = await db.bureau.findFirst({ where: { OR: [{ name }, { code }] }, select: { name: true } });
  if (clash) return fail({ kind: "rejected", reason: clash.name === name ? "organisation.nameTaken" : "organisation.codeTaken" });
  if (!confirm) return ok({ name, code, kind: bureauKindOf(name), bureauId: null, done: false });
  const created = await importTargetBureau(actor, code, text, true, locale);
  return created.ok ? ok({ name, code, kind: bureauKindOf(name), bureauId: created.data.bureauId, done: true }) : created;
}
