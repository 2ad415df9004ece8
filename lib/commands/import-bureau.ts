import type { BureauKind } from "@/generated/prisma/sqlite/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseDocument } from "@/lib/documents/parse-document";
import type { Locale } from "@/lib/i18n/messages";
import { createBureau } from "./organisation";
import { type CommandResult, fail, ok } from "./result";

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
