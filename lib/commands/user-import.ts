import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { type AuditInput, recordAudits } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { insertRows } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/transaction";
import { createTranslator, type Locale, type MessageKey } from "@/lib/i18n/messages";
import { HR_CSV_MAX_BYTES, type HrColumn, HrCsvRefused, type HrLine, parseHrCsv } from "@/lib/users-import/hr-csv";
import { emailSchema, personNameSchema } from "@/lib/validation/users";
import { type CommandResult, fail, ok, parseInput } from "./result";

const importSchema = z.object({
  text: z.string().max(HR_CSV_MAX_BYTES, "userImport.error.tooLarge"),
  confirm: z.boolean().default(false),
  /** Save the valid lines and leave the bad ones out (they are listed in the preview). */
  skipInvalid: z.boolean().default(false),
});

/** A role as an HR file may write it: the portal's code, or its name in Japanese or English. */
const roleNames = new Map<string, Role>([
  ["admin", "ADMIN"], ["管理者", "ADMIN"], ["administrator", "ADMIN"],
  ["manager", "MANAGER"], ["管理職", "MANAGER"],
  ["staff", "STAFF"], ["職員", "STAFF"],
  ["auditor", "AUDITOR"], ["監査担当", "AUDITOR"], ["監査", "AUDITOR"],
]);

export interface ImportLineError {
  line: number;
  field: HrColumn | "line";
  message: string;
}

export interface UserImportSummary {
  create: number;
  update: number;
  unchanged: number;
  invalid: number;
  /** Every problem, numbered by the file's line, in file order. */
  errors: ImportLineError[];
  saved: boolean;
}

interface PlannedUser {
  line: number;
  name: string;
  email: string;
  role: Role;
  bureauId: string | null;
  sectionId: string | null;
}

type Existing = { id: string; name: string; role: Role; bureauId: string | null; sectionId: string | null };

/**
 * The bulk import of an HR system's CSV (admins). Without `confirm` it only
 * previews: how many accounts would be created, changed or left as they are,
 * and every error by its line (unknown bureau or section, duplicate email,
 * bad role, bad name or email). With `confirm` it saves in one transaction, and
 * only when every line is valid or `skipInvalid` leaves the bad lines out.
 * An account is keyed by its email: a line that matches its account changes
 * nothing, so importing the same file twice writes nothing the second time.
 * New accounts have no password (single sign-on, or a link from their page).
 */
export async function importUsers(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<UserImportSummary>> {
  if (!can(actor, "user.import")) return fail({ kind: "forbidden" });
  const input = parseInput(importSchema, raw, locale);
  if (!input.ok) return input;
  let lines: HrLine[];
  try {
    lines = parseHrCsv(input.data.text);
  } catch (error) {
    if (error instanceof HrCsvRefused) return fail({ kind: "invalid", fieldErrors: { text: [hrCsvMessage(error, locale)] } });
    throw error;
  }
  const t = createTranslator(locale);
  return db.$transaction(
    async (tx) => {
      const { planned, errors } = await planLines(tx, lines, t);
      const existing = new Map((await tx.user.findMany({ where: { email: { in: planned.map((p) => p.email) } }, select: { id: true, email: true, name: true, role: true, bureauId: true, sectionId: true } })).map((u) => [u.email, u as Existing]));
      const changes = planned.filter((p) => !sameAccount(existing.get(p.email), p));
      const summary: UserImportSummary = {
        create: changes.filter((p) => !existing.has(p.email)).length,
        update: changes.filter((p) => existing.has(p.email)).length,
        unchanged: planned.length - changes.length,
        invalid: new Set(errors.map((e) => e.line)).size,
        errors,
        saved: false,
      };
      if (!input.data.confirm) return ok(summary);
      if (errors.length > 0 && !input.data.skipInvalid) return fail({ kind: "rejected", reason: "userImport.fixFirst" });
      await saveAccounts(tx, actor, changes, existing);
      return ok({ ...summary, saved: true });
    },
    { timeout: 120_000 },
  );
}

function hrCsvMessage(error: HrCsvRefused, locale: Locale): string {
  const t = createTranslator(locale);
  const keys: Record<HrCsvRefused["reason"], MessageKey> = {
    tooLarge: "userImport.error.tooLarge",
    tooManyLines: "userImport.error.tooManyLines",
    noHeader: "userImport.error.noHeader",
    missingColumns: "userImport.error.missingColumns",
    malformed: "userImport.error.malformed",
  };
  return t(keys[error.reason], { detail: error.detail });
}

/** Each line checked against the organisation and the other lines; a line with any error is not planned. */
async function planLines(tx: Tx, lines: HrLine[], t: ReturnType<typeof createTranslator>) {
  // Deactivated bureaus and sections take no one: a line naming one is an unknown place.
  const bureaus = await tx.bureau.findMany({ where: { active: true }, select: { id: true, code: true, name: true, sections: { where: { active: true }, select: { id: true, name: true } } } });
  // A bureau is named by its code or its name; sections by their name within it.
  const bureauByKey = new Map<string, (typeof bureaus)[number]>();
  for (const bureau of bureaus) {
    bureauByKey.set(bureau.code.toLowerCase(), bureau);
    bureauByKey.set(bureau.name, bureau);
  }
  const firstLineOf = new Map<string, number>();
  const planned: PlannedUser[] = [];
  const errors: ImportLineError[] = [];
  for (const { line, fields } of lines) {
    const lineErrors: ImportLineError[] = [];
    const refuse = (field: ImportLineError["field"], key: MessageKey, values: Record<string, string | number> = {}) => lineErrors.push({ line, field, message: t(key, values) });
    const name = personNameSchema.safeParse(fields.get("name") ?? "");
    if (!name.success) refuse("name", "userImport.error.name");
    const email = emailSchema.safeParse(fields.get("email") ?? "");
    if (!email.success) refuse("email", "userImport.error.email", { value: fields.get("email") ?? "" });
    else {
      const first = firstLineOf.get(email.data);
      if (first !== undefined) refuse("email", "userImport.error.duplicateEmail", { value: email.data, first });
      else firstLineOf.set(email.data, line);
    }
    const roleText = (fields.get("role") ?? "").trim();
    const role = roleNames.get(roleText.toLowerCase()) ?? roleNames.get(roleText);
    if (!role) refuse("role", "userImport.error.role", { value: roleText });
    const bureauText = (fields.get("bureau") ?? "").trim();
    const bureau = bureauText === "" ? null : (bureauByKey.get(bureauText.toLowerCase()) ?? bureauByKey.get(bureauText) ?? null);
    if (bureauText !== "" && !bureau) refuse("bureau", "userImport.error.unknownBureau", { value: bureauText });
    if (bureauText === "" && role === "STAFF") refuse("bureau", "userImport.error.staffNeedsBureau");
    const sectionText = (fields.get("section") ?? "").trim();
    const section = sectionText === "" || !bureau ? null : (bureau.sections.find((s) => s.name === sectionText) ?? null);
    if (sectionText !== "" && bureau && !section) refuse("section", "userImport.error.unknownSection", { value: sectionText, bureau: bureau.name });
    if (sectionText !== "" && bureauText === "") refuse("section", "userImport.error.sectionNeedsBureau");
    if (lineErrors.length > 0 || !name.success || !email.success || !role) {
      errors.push(...lineErrors);
      continue;
    }
    planned.push({ line, name: name.data, email: email.data, role, bureauId: bureau?.id ?? null, sectionId: section?.id ?? null });
  }
  return { planned, errors };
}

const sameAccount = (current: Existing | undefined, line: PlannedUser) =>
  current !== undefined && current.name === line.name && current.role === line.role && current.bureauId === line.bureauId && current.sectionId === line.sectionId;

/**
 * Creates the new accounts (multi-row inserts: no password, so nothing to hash)
 * and changes the others one by one, then records an audit entry for each (what
 * the import set; never a password).
 */
async function saveAccounts(tx: Tx, actor: Actor, changes: PlannedUser[], existing: Map<string, Existing>): Promise<void> {
  const audits: AuditInput[] = [];
  const fieldsOf = (line: PlannedUser) => ({ name: line.name, role: line.role, bureauId: line.bureauId, sectionId: line.sectionId });
  const creates = changes.filter((line) => !existing.has(line.email)).map((line) => ({ line, id: randomUUID() }));
  const now = new Date();
  await insertRows(tx, "User", ["id", "email", "name", "role", "bureauId", "sectionId", "createdAt"], creates.map(({ line, id }) => [id, line.email, line.name, line.role, line.bureauId, line.sectionId, now]));
  for (const { line, id } of creates) {
    audits.push({ actorId: actor.id, action: "user.create", entityType: "User", entityId: id, bureauId: line.bureauId, after: { ...fieldsOf(line), email: line.email, source: "import", line: line.line } });
  }
  for (const line of changes) {
    const current = existing.get(line.email);
    if (!current) continue;
    // Extra co-editing sections belong to the old bureau; a move to another bureau ends them.
    if (current.bureauId !== line.bureauId) await tx.userCoEditSection.deleteMany({ where: { userId: current.id } });
    await tx.user.update({ where: { id: current.id }, data: fieldsOf(line) });
    audits.push({
      actorId: actor.id, action: "user.update", entityType: "User", entityId: current.id, bureauId: line.bureauId ?? current.bureauId,
      before: { name: current.name, role: current.role, bureauId: current.bureauId, sectionId: current.sectionId },
      after: { ...fieldsOf(line), source: "import", line: line.line },
    });
  }
  await recordAudits(tx, audits);
}
