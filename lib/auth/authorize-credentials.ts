import type { User } from "next-auth";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/data/users";
import { unusedHash, verifyPassword } from "./password";
import { readEnv } from "@/lib/env";
import { recordSignInEvent } from "./sign-in-events";
import { clientAddress } from "./sign-in-throttle";
import { clearAccountThrottle, registerFailure, reserveAttempt } from "./throttle-store";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Thrown (and shown as its own message) while an account or address is locked out. */
export const lockedOutError = "locked";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The user for these credentials, or null; says nothing about which part was
 * wrong. Repeated failures for one account or from one address wait longer
 * and longer, then lock sign-in for a while (throwing `lockedOutError`).
 */
export async function authorizeCredentials(credentials: unknown, request?: { headers?: Record<string, unknown> }): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  // The address counts only behind a configured proxy; otherwise the client writes the header.
  const forwardedFor = request?.headers ? new Map(Object.entries(request.headers)).get("x-forwarded-for") : undefined;
  const keys = { account: parsed.data.email, address: clientAddress(forwardedFor, readEnv().TRUSTED_PROXY_HOPS) };
  // The attempt is counted before the password is checked, so parallel guesses cannot outrun the lock.
  const event = { email: keys.account, address: keys.address };
  const reservation = await reserveAttempt(keys);
  if (!reservation.allowed) {
    await recordSignInEvent({ ...event, outcome: "signInLocked" });
    throw new Error(lockedOutError);
  }
  if (reservation.delayMs > 0) await sleep(reservation.delayMs);
  const user = await findUserForSignIn(parsed.data.email);
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? unusedHash);
  if (!user || !valid) {
    await registerFailure(keys);
    await recordSignInEvent({ ...event, outcome: "signInFailed" });
    return null;
  }
  await clearAccountThrottle(keys.account);
  await recordSignInEvent({ ...event, outcome: "signIn", user });
  return { id: user.id, name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId };
}
