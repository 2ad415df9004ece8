import { recordAudit } from "@/lib/audit/record-audit";
import { issuePasswordToken } from "@/lib/auth/password-tokens";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { z } from "zod";
import { emailSchema, personNameSchema } from "@/lib/validation/users";
import { type CommandResult, fail, ok, parseInput } from "./result";

const adminAccountSchema = z.object({ email: emailSchema, name: personNameSchema });

/**
 * The first administrator (and any later one made from the server's shell):
 * `npm run admin:create`. Whoever can run commands on the server is trusted,
 * so there is no actor; the audit entry says so (actor null, via "cli").
 * The account has no password until its one-time link is used.
 */
export async function createAdminAccount(raw: unknown, locale: Locale): Promise<CommandResult<{ userId: string; email: string; token: string }>> {
  const input = parseInput(adminAccountSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.data.email }, select: { id: true } })) return fail({ kind: "rejected", reason: "user.emailTaken" });
    const user = await tx.user.create({ data: { email: input.data.email, name: input.data.name, role: "ADMIN" } });
    const token = await issuePasswordToken(tx, user.id, "INVITE");
    await recordAudit(tx, {
      actorId: null, action: "user.create", entityType: "User", entityId: user.id,
      after: { name: user.name, email: user.email, role: "ADMIN", bureauId: null, via: "cli" },
    });
    return ok({ userId: user.id, email: user.email, token });
  });
}
