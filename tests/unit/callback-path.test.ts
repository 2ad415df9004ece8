import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/issues/abc?x=1")).toBe("/issues/abc?x=1");
    expect(safeCallbackPath("http://localhost:3000/issues/abc")).toBe("/issues/abc");
  });
  it("refuses other sites and odd values", () => {
    for (const value of ["//evil.example", "/\\evil.example", "javascript:alert(1)", "evil", "", undefined, "/login"]) {
      expect(safeCallbackPath(value)).toBe("/");
    }
  });
});
