import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

type SignInOutcome = "signIn" | "signInFailed" | "signInLocked" | "signOut";

interface SignInEvent {
  outcome: SignInOutcome;
  /** The account, when the event is about a known, signed-in user (never for a failure). */
  user?: { id: string; bureauId: string | null };
  /** What was typed or whose session it was. */
  email: string;
  /** The client's address (null when no trusted proxy names it). */
  address: string | null;
  /** Set for single sign-on; a password sign-in says nothing here. */
  method?: "sso";
}

/**
 * Who was in the system, and who tried: each sign-in, failure, lockout and
 * sign-out is an entry in the audit chain. A failure or lockout is recorded
 * the same way whether the email has an account or not (no user id, no
 * bureau), so the log does not tell which emails exist.
 */
export async function recordSignInEvent(event: SignInEvent): Promise<void> {
  const known = event.outcome === "signIn" || event.outcome === "signOut";
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: known ? (event.user?.id ?? null) : null,
      action: `auth.${event.outcome}`,
      entityType: known ? "User" : "SignIn",
      entityId: known ? (event.user?.id ?? event.email) : event.email,
      bureauId: known ? (event.user?.bureauId ?? null) : null,
      after: { email: event.email, address: event.address, outcome: event.outcome, ...(event.method ? { method: event.method } : {}) },
    }),
  );
}
