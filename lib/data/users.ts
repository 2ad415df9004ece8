import "server-only";
import { db } from "@/lib/db";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, passwordHash: true },
  });
}
