import { describe, expect, it } from "vitest";
import { navigationFor } from "@/components/layout/site-header";

const user = (role: "ADMIN" | "MANAGER" | "STAFF" | "AUDITOR", bureauId: string | null = null) => ({ id: "u1", role, bureauId, sectionId: bureauId ? "S1" : null, name: "名前", email: "a@example.jp" });

// The header's items are sent to the browser as hrefs only: which ones a user gets is decided here, on the server.
describe("the portal navigation", () => {
  it("gives staff the home page, the dashboard and the exports, without the review item", () => {
    expect(navigationFor(user("STAFF", "X"), null)).toEqual(["/", "/dashboard", "/exports"]);
  });

  it("gives a city-level manager the city view, the periods and 審査 in their place, not the administrator's pages", () => {
    expect(navigationFor(user("MANAGER"), 3)).toEqual(["/", "/dashboard", "/city", "/periods", "/review", "/import", "/exports", "/audit", "/admin/users"]);
  });

  it("shows 審査 to a reviewer with nothing waiting, and gives an administrator every item", () => {
    expect(navigationFor(user("ADMIN"), 0)).toEqual(["/", "/dashboard", "/city", "/periods", "/review", "/import", "/exports", "/audit", "/admin/users", "/admin/organisation", "/admin/mail"]);
  });

  it("gives an auditor the city view, the exports and the audit log", () => {
    expect(navigationFor(user("AUDITOR"), null)).toEqual(["/", "/dashboard", "/city", "/exports", "/audit"]);
  });
});
