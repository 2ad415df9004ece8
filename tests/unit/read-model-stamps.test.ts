import { describe, expect, it } from "vitest";
import { scopesOf } from "@/lib/db/read-model-stamps";

// Which counters a write raises decides which cached reads it reaches (decision 100).
describe("scopesOf", () => {
  it("raises only a bureau's reports counter for a progress report's write", () => {
    for (const action of ["progress.save", "progress.submit", "progress.withdraw", "progress.approve", "progress.return"]) {
      expect(scopesOf({ action, bureauId: "b1" })).toEqual(["all", "reports:b1"]);
    }
  });

  it("raises a bureau's structure counter for its issues and reporting dates", () => {
    for (const action of ["issue.update", "issue.updateDetails", "issue.links", "period.open", "period.deadline", "period.close", "period.reopen"]) {
      expect(scopesOf({ action, bureauId: "b1" })).toEqual(["all", "bureau:b1"]);
    }
  });

  it("counts every other write, and a bureau's write without its bureau, as a change to every bureau", () => {
    expect(scopesOf({ action: "document.copy", bureauId: "b1" })).toEqual(["all", "global"]);
    expect(scopesOf({ action: "user.create", bureauId: "b1" })).toEqual(["all", "global"]);
    expect(scopesOf({ action: "progress.save" })).toEqual(["all", "global"]);
    expect(scopesOf({ action: "issue.update", bureauId: null })).toEqual(["all", "global"]);
  });

  it("raises the city-wide counter for every write of a bureau or a document, which the cached bureau list is checked against", () => {
    for (const action of ["bureau.create", "bureau.update", "bureau.deactivate", "bureau.reactivate", "document.import", "document.reimport", "document.copy"]) {
      expect(scopesOf({ action, bureauId: "b1" })).toContain("global");
    }
  });
});
