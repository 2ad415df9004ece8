import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { personNameSchema } from "@/lib/validation/users";

/** next-auth's id for the directory; it is also the last part of the callback URL the directory must allow. */
export const ssoProviderId = "oidc";

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
  displayName: string | null;
  /** Whether an unknown person gets an account at first sign-in (OIDC_CREATE_ACCOUNTS). */
  createAccounts: boolean;
}

/** Single sign-on's settings, or null when it is not configured (lib/env.ts checks they come together). */
export function ssoConfig(env: Env): SsoConfig | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, emailClaim: env.OIDC_EMAIL_CLAIM,
    displayName: env.OIDC_DISPLAY_NAME ?? null, createAccounts: env.OIDC_CREATE_ACCOUNTS === "on",
  };
}

/** Why a person the directory vouched for still may not enter; each is its own message on /login. */
export type SsoRefusal = "unknown" | "inactive" | "unverified";

export type SsoResolution =
  | { ok: true; user: { id: string; name: string; email: string; role: User["role"]; bureauId: string | null; sectionId: string | null } }
  | { ok: false; refusal: SsoRefusal; email: string };

const portalUserSelect = { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, active: true, oidcSubject: true } as const;

/**
 * The portal account for the directory's ID-token claims: the stored subject first,
 * then the address in `emailClaim` for someone signing on for the first time (their
 * subject is then stored, with an audit entry). An account already tied to another
 * subject is not taken over by a matching address. When the address comes from the
 * standard `email` claim it must be marked verified; another claim (Entra ID's
 * `preferred_username`, the UPN) is the directory's own name for the person. A
 * person with no account at all gets one only when `createAccounts` is on.
 */
export async function resolveSsoAccount(claims: Record<string, unknown>, emailClaim: string, createAccounts = false): Promise<SsoResolution> {
  const claimed = new Map(Object.entries(claims));
  const subject = claimed.get("sub");
  const address = claimed.get(emailClaim);
  const email = typeof address === "string" ? address.trim().toLowerCase() : "";
  if (typeof subject !== "string" || subject === "" || email === "") return { ok: false, refusal: "unknown", email };
  if (emailClaim === "email" && claimed.get("email_verified") !== true) return { ok: false, refusal: "unverified", email };

  const bySubject = await db.user.findUnique({ where: { oidcSubject: subject }, select: portalUserSelect });
  const byEmail = bySubject ? null : await db.user.findUnique({ where: { email }, select: portalUserSelect });
  const found = bySubject ?? (byEmail && byEmail.oidcSubject === null ? byEmail : null);
  if (!found && !byEmail && createAccounts) return { ok: true, user: await createSsoAccount(claimed.get("name"), email, subject) };
  if (!found) return { ok: false, refusal: "unknown", email };
  if (!found.active) return { ok: false, refusal: "inactive", email };
  if (!bySubject) await linkSubject(found.id, found.bureauId, subject);
  const { active: _active, oidcSubject: _subject, ...user } = found;
  return { ok: true, user };
}

/**
 * A first sign-in's new account: staff without a bureau (so it reads nothing until an
 * admin places it), named as the directory names the person, tied to the subject, audited.
 */
async function createSsoAccount(nameClaim: unknown, email: string, subject: string): Promise<Extract<SsoResolution, { ok: true }>["user"]> {
  const named = personNameSchema.safeParse(nameClaim);
  const name = named.success ? named.data : email.split("@")[0]!.slice(0, 100);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role: "STAFF", oidcSubject: subject }, select: { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true } });
    await recordAudit(tx, { actorId: user.id, action: "user.ssoCreated", entityType: "User", entityId: user.id, after: { name, email, role: "STAFF", oidcSubject: subject } });
    return user;
  });
}

/** Ties the account to the directory's subject, once (a parallel first sign-in changes nothing twice). */
async function linkSubject(userId: string, bureauId: string | null, subject: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, oidcSubject: null }, data: { oidcSubject: subject } });
    if (count === 0) return;
    await recordAudit(tx, { actorId: userId, action: "user.ssoLinked", entityType: "User", entityId: userId, bureauId, before: { oidcSubject: null }, after: { oidcSubject: subject } });
  });
}

/**
 * next-auth's provider for the directory: discovery through the issuer's well-known
 * document, and the authorization-code flow guarded by PKCE, state and nonce (each
 * kept in its own short-lived, encrypted cookie and checked on the way back).
 * `profile` turns the claims into the portal account; a refused person comes back
 * marked with `ssoRefusal`, which the signIn callback turns away before any session.
 */
export function oidcProvider(config: SsoConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: ssoProviderId,
    name: config.displayName ?? "SSO",
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    async profile(claims): Promise<User> {
      const resolution = await resolveSsoAccount(claims, config.emailClaim, config.createAccounts);
      if (resolution.ok) return resolution.user;
      // Never a session: signIn refuses it, and jwt() would throw on it too.
      return { id: String(claims.sub || "refused"), name: "", email: resolution.email, role: "STAFF", bureauId: null, sectionId: null, ssoRefusal: resolution.refusal };
    },
  };
}
