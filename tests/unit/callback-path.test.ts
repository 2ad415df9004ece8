import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/issues/abc?x=1")).toBe("/issues/abc?x=1");
    expect(safeCallbackPath("http://localhost:3000/issues/abc")).toBe("/issues/abc");
    expect(safeCallbackPath("/dashboard?area=A#top")).toBe("/dashboard?area=A#top");
  });

  it("refuses other sites and odd values", () => {
    for (const value of ["//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil", "", undefined, null, "/login", "/login?callbackUrl=/x"]) {
      expect(safeCallbackPath(value), String(value)).toBe("/");
    }
  });

  it("reads tabs, carriage returns and newlines as a browser does: dropped, so /\\t/evil is //evil (issue 19, finding 4)", () => {
    for (const value of ["/\t/evil.example", "/\r/evil.example", "/\n/evil.example", "/\t\\evil.example", "\t//evil.example", "/\r\n/evil.example/path"]) {
      expect(safeCallbackPath(value), JSON.stringify(value)).toBe("/");
    }
  });

  it("refuses encoded slashes and backslashes that a later hop would decode into a host", () => {
    for (const value of ["/%2Fevil.example", "/%2fevil.example", "/%5Cevil.example", "/%5cevil.example"]) {
      expect(safeCallbackPath(value), value).toBe("/");
    }
  });

  it("always returns a valid header value: CR, an ideographic space or other non-ASCII is encoded or dropped", () => {
    for (const value of ["/issues\r", "/issues\u3000x", "/課題?q=進捗", "/a\u0000b", "/%0D%0ASet-Cookie:x=1"]) {
      const path = safeCallbackPath(value);
      expect(path.startsWith("/")).toBe(true);
      expect(path).toMatch(/^[\x21-\x7e]*$/);
      expect(() => new Headers({ location: path })).not.toThrow();
    }
  });
});
