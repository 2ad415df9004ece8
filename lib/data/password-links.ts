import "server-only";
import { hashPasswordToken, type LinkState, linkState } from "@/lib/auth/password-tokens";
import { db } from "@/lib/db";
import { passwordTokenSchema } from "@/lib/validation/users";

/** What the set-password page shows for a link: the form (with the account's email) or why it cannot be used. */
export async function passwordLinkState(token: string, now = new Date()): Promise<{ state: LinkState; email?: string; purpose?: "INVITE" | "RESET" }> {
  if (!passwordTokenSchema.safeParse(token).success) return { state: "invalid" };
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(token) },
    select: { usedAt: true, expiresAt: true, purpose: true, user: { select: { email: true, active: true } } },
  });
  const state = linkState(row, now);
  return state === "usable" && row ? { state, email: row.user.email, purpose: row.purpose } : { state, purpose: row?.purpose };
}
