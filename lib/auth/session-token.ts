import { createSecretKey, hkdf, type KeyObject, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// next-auth's own session token (next-auth/jwt encode/decode: a JWE, "dir" + A256GCM, with a key
// derived from the secret by HKDF-SHA256, salt "", its fixed info string, 32 bytes), byte for byte
// the same format, except that the key is derived once per secret instead of on every use: the
// proxy's check and the session's read each derived it again on every request. It is kept as a
// KeyObject: given bytes, Node 24 tells them from a KeyObject or CryptoKey by catching thrown
// errors, in jose's checks and in every decipher.

const deriveKey = promisify(hkdf);
const keys = new Map<string, Promise<KeyObject>>();

function encryptionKey(secret: string | Buffer, salt: string): Promise<KeyObject> {
  const id = `${salt}\0${typeof secret === "string" ? `s:${secret}` : `b:${secret.toString("base64")}`}`;
  let key = keys.get(id);
  if (!key) {
    key = deriveKey("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32).then((bytes) => createSecretKey(new Uint8Array(bytes)));
    key.catch(() => keys.delete(id));
    keys.set(id, key);
  }
  return key;
}

/** next-auth's default lifetime when no maxAge is given (30 days). */
const defaultMaxAge = 30 * 24 * 60 * 60;
/** Seconds of clock difference an expiry allows, as next-auth's decode. */
const clockTolerance = 15;

export async function encodeSessionToken({ token, secret, maxAge = defaultMaxAge, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token ?? {})
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

/** The token's payload; throws when it does not decrypt, was altered or has expired (15 s of clock tolerance, as next-auth). */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance });
  return payload as JWT;
}

/** next-auth's session cookie name: __Secure- prefixed when the portal's URL is https (next-auth's defaultCookies). */
const sessionCookieName = () => `${process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;

// The proxy and the page each read the cookie on every request; decrypting it (AES-GCM and jose's checks) was
// about 0.1 ms each under load (issue 17). A token is authenticated ciphertext: the same string under the same
// secret always holds the same claims, and only the passing of time can turn its answer (its expiry), so a token
// decoded before is answered from here, its expiry checked again as jose checks it. Only tokens that decoded are
// kept; the least recently used goes first. Revocation is unaffected: the page reads the account every time.
const decodedTokens = new Map<string, { secret: string; claims: JWT }>();
const decodedTokensLimit = 1000;

function stillUnexpired(claims: JWT): boolean {
  return typeof claims.exp !== "number" || claims.exp > Math.floor(Date.now() / 1000) - clockTolerance;
}

/**
 * The session token the request's cookies carry, decoded, or null (none, altered, expired, no secret).
 * A long token is split into `name.0`, `name.1` … by next-auth; the parts are joined in order.
 */
export async function readSessionCookie(cookies: { getAll(): { name: string; value: string }[] }): Promise<JWT | null> {
  const name = sessionCookieName();
  const parts = cookies.getAll().filter((cookie) => cookie.name.startsWith(name));
  if (parts.length === 0) return null;
  const order = (cookieName: string) => Number.parseInt(cookieName.split(".").pop() ?? "0") || 0;
  const token = parts.sort((a, b) => order(a.name) - order(b.name)).map((cookie) => cookie.value).join("");
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const known = decodedTokens.get(token);
  if (known?.secret === secret) {
    decodedTokens.delete(token);
    if (!stillUnexpired(known.claims)) return null;
    decodedTokens.set(token, known);
    return known.claims;
  }
  const claims = await decodeSessionToken({ token, secret }).catch(() => null);
  if (claims) {
    decodedTokens.set(token, { secret, claims: Object.freeze(claims) });
    if (decodedTokens.size > decodedTokensLimit) decodedTokens.delete(decodedTokens.keys().next().value!);
  }
  return claims;
}
