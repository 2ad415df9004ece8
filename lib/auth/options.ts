import type { NextAuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { currentSessionUser, revokeSessions } from "@/lib/data/users";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { authorizeCredentials } from "./authorize-credentials";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { recordSignInEvent } from "./sign-in-events";
import { clientAddress } from "./sign-in-throttle";
import { oidcProvider, ssoConfig, ssoProviderId } from "./sso";

/** The request's X-Forwarded-For, when there is a request (next-auth's events run inside its route). */
async function forwardedFor(): Promise<string | null> {
  try {
    return (await headers()).get("x-forwarded-for");
  } catch {
    return null;
  }
}

/**
 * The session's token brought up to date from the account, or null when the session no longer stands.
 * Every use of a session asks whether it was ended (sign-out, deactivation) or its user removed;
 * role, bureau and sections come fresh from the account, so an admin's change applies at once (decision 041).
 */
export async function refreshedSessionToken(token: JWT): Promise<JWT | null> {
  const current = await currentSessionUser(token.sub, token.signedInAt);
  return current ? { ...token, ...current } : null;
}

/** The signed-in user as pages and actions see them. */
export function sessionUserOf(token: JWT): Session["user"] {
  return {
    id: token.sub ?? "",
    name: token.name ?? "",
    email: token.email ?? "",
    role: token.role,
    bureauId: token.bureauId,
    sectionId: token.sectionId,
    coEditSectionIds: token.coEditSectionIds ?? [],
  };
}

const env = readEnv();
const sso = ssoConfig(env);

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // next-auth's token format, with its key derived once per process (lib/auth/session-token.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  // Errors (a refused or broken single sign-on) come back to /login?error=…, shown there.
  pages: { signIn: "/login", error: "/login" },
  // PASSWORD_SIGNIN=off removes the password route itself, not just its form.
  providers: [
    ...(env.PASSWORD_SIGNIN === "on"
      ? [
          CredentialsProvider({
            name: "credentials",
            credentials: { email: { type: "email" }, password: { type: "password" } },
            authorize: (credentials, request) => authorizeCredentials(credentials, request),
          }),
        ]
      : []),
    ...(sso ? [oidcProvider(sso)] : []),
  ],
  events: {
    // Ends every session of the user, not just this browser's cookie.
    async signOut({ token }) {
      if (!token?.sub) return;
      await revokeSessions(token.sub);
      await recordSignInEvent({
        outcome: "signOut",
        user: { id: token.sub, bureauId: token.bureauId ?? null },
        email: token.email ?? "",
        address: clientAddress(await forwardedFor(), env.TRUSTED_PROXY_HOPS),
      });
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== ssoProviderId) return true;
      const address = clientAddress(await forwardedFor(), env.TRUSTED_PROXY_HOPS);
      if (user.ssoRefusal) {
        await recordSignInEvent({ outcome: "signInFailed", email: user.email ?? "", address, method: "sso" });
        return `/login?error=sso-${user.ssoRefusal}`;
      }
      await recordSignInEvent({ outcome: "signIn", user: { id: user.id, bureauId: user.bureauId }, email: user.email ?? "", address, method: "sso" });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        if (user.ssoRefusal) throw new Error("refused");
        token.role = user.role;
        token.bureauId = user.bureauId;
        token.sectionId = user.sectionId;
        token.signedInAt = Date.now();
        return token;
      }
      // Throwing makes next-auth drop an ended session and clear its cookie.
      const refreshed = await refreshedSessionToken(token);
      if (!refreshed) throw new Error("session ended");
      return refreshed;
    },
    session({ session, token }) {
      session.user = sessionUserOf(token);
      return session;
    },
  },
};
