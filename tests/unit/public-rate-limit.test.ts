import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/security/public-rate-limit";

describe("anonymous search rate limit", () => {
  const limit = { perClient: 3, shared: 5, windowMs: 1000, maxClients: 2 };

  it("allows a client its share per window, then refuses until the window ends", () => {
    const allow = createRateLimiter(limit);
    expect([1, 2, 3, 4].map(() => allow("198.51.100.1", 0))).toEqual([true, true, true, false]);
    expect(allow("198.51.100.2", 10)).toBe(true);
    expect(allow("198.51.100.1", 1000)).toBe(true);
  });

  it("gives visitors without a known address one shared allowance", () => {
    const allow = createRateLimiter(limit);
    expect(Array.from({ length: 6 }, () => allow(null, 0))).toEqual([true, true, true, true, true, false]);
  });

  it("keeps at most maxClients windows (oldest dropped), so spoofed addresses cannot grow memory", () => {
    const allow = createRateLimiter(limit);
    for (let i = 0; i < 3; i++) allow("a", 0);
    allow("b", 0);
    allow("c", 0); // drops "a"
    expect(allow("a", 1)).toBe(true);
  });
});
