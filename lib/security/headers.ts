import { randomFillSync } from "node:crypto";

/**
 * The Content-Security-Policy of every page: scripts only from this origin
 * with the request's nonce (Next puts it on its own scripts; 'strict-dynamic'
 * lets those load their chunks), no plugins, no framing, forms and
 * connections only to this origin. Styles may be inline: charts and a few
 * bars set style attributes, and CSS cannot run code.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The residents' site (/public) is plain HTML without a script (decision 062),
 * so its policy allows none at all and needs no nonce: it is a fixed header set
 * in next.config.ts, and the proxy does not run for /public.
 */
export const publicSiteContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The other security headers every response carries. */
export const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

// Random bytes for nonces, drawn from the CSPRNG 4 KiB at a time as Node's randomUUID draws its own: one draw per
// request (crypto.getRandomValues, which Next wraps) was about 50 µs of the proxy's CPU under load (issue 17).
const randomPool = Buffer.alloc(16 * 256);
let nonceOffset = randomPool.length;

/** A fresh nonce per request: 16 random bytes of its own, base64. */
export function createNonce(): string {
  if (nonceOffset === randomPool.length) {
    randomFillSync(randomPool);
    nonceOffset = 0;
  }
  return randomPool.toString("base64", nonceOffset, (nonceOffset += 16));
}
