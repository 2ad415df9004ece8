import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed-data/demo-users";

/** next-auth signs sessions with it: 32 characters is 128 bits of hex, the least we accept. */
export const MIN_SECRET_LENGTH = 32;

/** What stops a production start, as one line each; nothing when the secret is set and long enough. */
export function secretProblems(secret: string | undefined): string[] {
  if (!secret) return ["NEXTAUTH_SECRET is not set: set it to a random value (e.g. `openssl rand -hex 32`) before starting in production."];
  if (secret.length < MIN_SECRET_LENGTH) {
    return [`NEXTAUTH_SECRET is ${secret.length} characters long: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -hex 32\`).`];
  }
  return [];
}

/**
 * Active accounts that still sign in with the published demo password.
 * Only the demo seed can give an account that password (every form and link
 * refuses it, see password-rules.ts), and it hashes it once for all demo users,
 * so checking the demo emails and any account sharing their hash covers every
 * way it can be there, without a bcrypt check per account.
 */
export async function accountsWithDemoPassword(db: Db): Promise<string[]> {
  const demo = await db.user.findMany({ where: { email: { in: demoUsers.map((u) => u.email) } }, select: { passwordHash: true } });
  const demoHashes = new Set<string>();
  for (const { passwordHash } of demo) {
    if (passwordHash && (await verifyPassword(DEMO_PASSWORD, passwordHash))) demoHashes.add(passwordHash);
  }
  if (demoHashes.size === 0) return [];
  const holders = await db.user.findMany({ where: { active: true, passwordHash: { in: [...demoHashes] } }, select: { email: true }, orderBy: { email: "asc" } });
  return holders.map((u) => u.email);
}

export async function productionProblems(secret: string | undefined, db: Db): Promise<string[]> {
  const problems = secretProblems(secret);
  const holders = await accountsWithDemoPassword(db);
  if (holders.length > 0) {
    problems.push(`${holders.length} active account(s) still have the published demo password (${holders.join(", ")}): deactivate them or set new passwords before starting in production.`);
  }
  return problems;
}
