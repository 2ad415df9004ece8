import { createHash, randomBytes } from "node:crypto";
import type { PasswordTokenPurpose } from "@/generated/prisma/sqlite/enums";
import type { Tx } from "@/lib/db/transaction";

/** How long a one-time link stays valid. */
export const PASSWORD_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Only this digest is stored: a copy of the database cannot be turned into working links. */
export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a one-time link token for the user and returns it (the only time it
 * exists in clear). Any earlier unused link of the user stops working.
 */
export async function issuePasswordToken(tx: Tx, userId: string, purpose: PasswordTokenPurpose, now = new Date()): Promise<string> {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: { userId, purpose, tokenHash: hashPasswordToken(token), expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS) },
  });
  return token;
}

/** The page a one-time link opens. */
export function passwordLink(token: string, baseUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000"): string {
  const url = new URL("/password/set", baseUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

/** Whether a link can be used now, or why not. */
export type LinkState = "invalid" | "used" | "expired" | "usable";

export function linkState(row: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } } | null, now: Date): LinkState {
  if (!row || !row.user.active) return "invalid";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "usable";
}
