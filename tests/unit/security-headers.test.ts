import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

describe("CSP nonce", () => {
  it("is 16 random bytes in base64, never the same twice, past the pool's refills", () => {
    const nonces = Array.from({ length: 1000 }, createNonce);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("is the only script source the policy allows besides this origin", () => {
    const nonce = createNonce();
    expect(contentSecurityPolicy(nonce, false)).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
  });
});
