import type { User } from "next-auth";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/data/users";
import { unusedHash, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** The user for these credentials, or null; says nothing about which part was wrong. */
export async function authorizeCredentials(credentials: unknown): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const user = await findUserForSignIn(parsed.data.email);
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? unusedHash);
  if (!user || !valid) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    bureauId: user.bureauId,
    sectionId: user.sectionId,
  };
}
