import { revalidatePath } from "next/cache";
import { type Action, type Actor, can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { CommandResult } from "@/lib/commands/result";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";

/** What a form shows after its action ran. */
export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string; data?: unknown }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; conflict?: unknown };


type Command<T> = (actor: Actor, raw: unknown, locale: Locale) => Promise<CommandResult<T>>;

/** Thrown while reading a form's input (e.g. a PDF too large to read): shown at `field`, nothing is run. */
export class InputRefusedError extends Error {
  constructor(readonly field: string, readonly reason: MessageKey) {
    super(reason);
  }
}

function failureMessage(result: Exclude<CommandResult<unknown>, { ok: true }>, t: Translate): string {
  switch (result.kind) {
    case "forbidden": return t("form.forbidden");
    case "not-found": return t("form.notFound");
    case "invalid": return t("form.invalid");
    case "conflict": return t("form.conflict");
    case "rejected": return t(result.reason);
  }
}

/**
 * The one shape of a server action. The session is checked, then `gate` (may
 * this user do the action on anything at all?), and only then is the form read
 * (`input` is a function, so nothing is parsed or extracted for a visitor who
 * may not act). The command then checks permission on its resource, validates
 * and writes with its audit entry in one transaction; on success every portal
 * page is revalidated (all of them read reports, periods or issues).
 */
export async function runCommand<T>(command: Command<T>, input: () => unknown, successKey: MessageKey, gate: Action): Promise<FormState> {
  const { t, locale } = await getTranslator();
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: t("form.unauthenticated"), fieldErrors: {} };
  if (!can(user, gate)) return { status: "error", message: t("form.forbidden"), fieldErrors: {} };
  return settle(async () => command(user, await input(), locale), t, successKey, true);
}

/**
 * The same for the few commands that need no session (a one-time password
 * link: the token is the permission, checked by the command). Nothing a page
 * shows changes, so nothing is revalidated: the page keeps the form's outcome
 * instead of re-rendering for a now-spent link.
 */
export async function runPublicCommand<T>(command: (raw: unknown, locale: Locale) => Promise<CommandResult<T>>, input: () => unknown, successKey: MessageKey): Promise<FormState> {
  const { t, locale } = await getTranslator();
  return settle(async () => command(await input(), locale), t, successKey, false);
}

async function settle<T>(run: () => Promise<CommandResult<T>>, t: Translate, successKey: MessageKey, revalidate: boolean): Promise<FormState> {
  try {
    const result = await run();
    if (!result.ok) {
      return {
        status: "error",
        message: failureMessage(result, t),
        fieldErrors: result.kind === "invalid" ? result.fieldErrors : {},
        conflict: result.kind === "conflict" ? result.current : undefined,
      };
    }
    if (revalidate) revalidatePath("/", "layout");
    return { status: "success", message: t(successKey), data: result.data };
  } catch (error) {
    if (error instanceof InputRefusedError) {
      return { status: "error", message: t(error.reason), fieldErrors: { [error.field]: [t(error.reason)] } };
    }
    // A database fault: the transaction rolled back; the form keeps what was typed.
    console.error("action failed", error instanceof Error ? error.message : error);
    return { status: "error", message: t("form.failed"), fieldErrors: {} };
  }
}
