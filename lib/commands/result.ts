import { z } from "zod";
import { catalogues, createTranslator, type Locale, type MessageKey } from "@/lib/i18n/messages";

/** Why a command did nothing. `reason` is a message key the form shows. */
export type CommandFailure =
  | { kind: "forbidden" }
  | { kind: "not-found" }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; current: unknown }
  | { kind: "rejected"; reason: MessageKey };

export type CommandResult<T> = { ok: true; data: T } | ({ ok: false } & CommandFailure);

export const ok = <T>(data: T): CommandResult<T> => ({ ok: true, data });
export const fail = <T = never>(failure: CommandFailure): CommandResult<T> => ({ ok: false, ...failure });

const zodLocales = { ja: z.locales.ja, en: z.locales.en } as const;

const isMessageKey = (text: string): text is MessageKey => Object.hasOwn(catalogues.ja, text);

/**
 * Parses untrusted input. Messages come in the user's language: zod's own
 * catalogue for generic rules, ours where a schema names a message key.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale): { ok: true; data: z.infer<S> } | ({ ok: false } & CommandFailure) {
  const parsed = schema.safeParse(raw, { error: zodLocales[locale]().localeError });
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = createTranslator(locale);
  // A Map, not an object: a path can hold a key the user chose (a record's key).
  const fieldErrors = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    const messages = fieldErrors.get(field) ?? [];
    messages.push(isMessageKey(issue.message) ? t(issue.message) : issue.message);
    fieldErrors.set(field, messages);
  }
  return { ok: false, kind: "invalid", fieldErrors: Object.fromEntries(fieldErrors) };
}

/** A refusal at one field, with a message key of ours, in the user's language. */
export function invalidField<T = never>(field: string, key: MessageKey, locale: Locale): CommandResult<T> {
  return fail({ kind: "invalid", fieldErrors: { [field]: [createTranslator(locale)(key)] } });
}
