import type { User } from "next-auth";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/data/users";
import { unusedHash, verifyPassword } from "./password";
import { checkThrottle, clearAccountThrottle, registerFailure } from "./throttle-store";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Thrown (and shown as its own message) while an account or address is locked out. */
export const lockedOutError = "locked";

/**
 * The client's address: the first hop a reverse proxy recorded, else "direct".
 * Behind no proxy the header could be forged; the per-account limit still holds.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : "";
  return first || "direct";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The user for these credentials, or null; says nothing about which part was
 * wrong. Repeated failures for one account or from one address wait longer
 * and longer, then lock sign-in for a while (throwing `lockedOutError`).
 */
export async function authorizeCredentials(credentials: unknown, request?: { headers?: Record<string, unknown> }): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const keys = { account: parsed.data.email, address: clientAddress(request?.headers) };
  const throttle = await checkThrottle(keys);
  if (throttle.locked) throw new Error(lockedOutError);
  if (throttle.delayMs > 0) await sleep(throttle.delayMs);
  const user = await findUserForSignIn(parsed.data.email);
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? unusedHash);
  if (!user || !valid) {
    await registerFailure(keys);
    return null;
  }
  await clearAccountThrottle(keys.account);
  return { id: user.id, name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId };
}
