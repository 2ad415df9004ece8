import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

// npm run bench:session-token: the CPU a signed-in request spends on its session token, in this
// process (CPU time, so it hardly depends on what else runs). Through next-auth each request decoded
// the token twice (the proxy's check, the session's read) and encoded it once (the session's
// re-encode, which a page cannot set as a cookie), each deriving the key by HKDF again; through
// lib/auth/session-token.ts it decodes twice with a key derived once per process.

const secret = "bench-only-secret-0123456789abcdef0123456789";
const token = { sub: "cm0000000000000000000000", name: "負荷 0", email: "load-0@example.jp", role: "STAFF" as const, bureauId: "cm0000000000000000000001", sectionId: "cm0000000000000000000002", signedInAt: Date.now() };
const requests = 5000;

async function cpuPerRequest(request: (cookie: string) => Promise<unknown>): Promise<number> {
  const cookie = await encode({ token, secret, maxAge: 8 * 60 * 60 });
  for (let i = 0; i < 500; i++) await request(cookie);
  const before = process.cpuUsage();
  for (let i = 0; i < requests; i++) await request(cookie);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / requests;
}

const nextAuth = await cpuPerRequest(async (cookie) => {
  await decode({ token: cookie, secret });
  const read = await decode({ token: cookie, secret });
  await encode({ token: read!, secret, maxAge: 8 * 60 * 60 });
});
const derivedOnce = await cpuPerRequest(async (cookie) => {
  await decodeSessionToken({ token: cookie, secret });
  await decodeSessionToken({ token: cookie, secret });
});
console.log(`Session token CPU per request (${requests} requests, this process, threadpool included): next-auth's decode ×2 + encode ${nextAuth.toFixed(0)} µs; key derived once, decode ×2 ${derivedOnce.toFixed(0)} µs.`);
