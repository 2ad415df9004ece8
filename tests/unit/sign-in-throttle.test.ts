import { describe, expect, it } from "vitest";
import { accountLimits, addressLimits, clientAddress, delayBefore } from "@/lib/auth/sign-in-throttle";

describe("sign-in throttle rules", () => {
  it("lets the first three attempts through at once, then waits a second more per attempt, up to four", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => delayBefore(attempt, accountLimits))).toEqual([0, 0, 0, 1000, 2000, 3000, 4000, 4000, 4000]);
    expect(delayBefore(10, addressLimits)).toBe(0);
    expect(delayBefore(11, addressLimits)).toBe(1000);
  });
});

describe("the client's address (issue 19, finding 5)", () => {
  it("is not taken from X-Forwarded-For when no proxy is configured: the client writes that header", () => {
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
    expect(clientAddress(undefined, 0)).toBeNull();
  });

  it("is the address the outermost trusted proxy recorded, whatever the client prepended", () => {
    expect(clientAddress("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("is unknown when there are fewer hops than proxies, or the value is not one", () => {
    expect(clientAddress("203.0.113.9", 2)).toBeNull();
    expect(clientAddress(["203.0.113.9"], 1)).toBeNull();
    expect(clientAddress("x".repeat(100), 1)).toBeNull();
  });
});
