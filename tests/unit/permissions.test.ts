import { describe, expect, it } from "vitest";
import { type Action, type Actor, actions, can, canManageUser, type Resource } from "@/lib/auth/permissions";

// Every kind of user against an issue of bureau X owned by section S1, whose
// progress section S2 may also edit. The expectations are written out by hand,
// cell by cell, independently of the permission table they check.
const actors = {
  admin: { id: "u1", role: "ADMIN", bureauId: null, sectionId: null },
  cityManager: { id: "u2", role: "MANAGER", bureauId: null, sectionId: null },
  bureauManager: { id: "u3", role: "MANAGER", bureauId: "X", sectionId: null },
  otherBureauManager: { id: "u4", role: "MANAGER", bureauId: "Y", sectionId: null },
  owningStaff: { id: "u5", role: "STAFF", bureauId: "X", sectionId: "S1" },
  sharingStaff: { id: "u6", role: "STAFF", bureauId: "X", sectionId: "S2" },
  otherSectionStaff: { id: "u7", role: "STAFF", bureauId: "X", sectionId: "S3" },
  otherBureauStaff: { id: "u8", role: "STAFF", bureauId: "Y", sectionId: "S1" },
  auditor: { id: "u9", role: "AUDITOR", bureauId: null, sectionId: null },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

const issueOfX: Resource = { bureauId: "X", owningSectionId: "S1", editingSectionIds: ["S2"] };

const allowed: Record<Action, ActorName[]> = {
  "document.read": ["admin", "cityManager", "bureauManager", "owningStaff", "sharingStaff", "otherSectionStaff", "auditor"],
  "progress.edit": ["admin", "owningStaff", "sharingStaff"],
  "progress.withdraw": ["admin", "owningStaff", "sharingStaff"],
  "progress.review": ["admin", "cityManager", "bureauManager"],
  "period.manage": ["admin", "cityManager", "bureauManager"],
  "period.reopen": ["admin"],
  "issue.edit": ["admin", "cityManager", "bureauManager"],
  "document.copy": ["admin"],
  "document.import": ["admin", "cityManager", "bureauManager"],
  "export.run": ["admin", "cityManager", "bureauManager", "owningStaff", "sharingStaff", "otherSectionStaff", "auditor"],
  "audit.read": ["admin", "cityManager", "bureauManager", "auditor"],
  "user.manage": ["admin", "cityManager", "bureauManager"],
  "user.manageAll": ["admin"],
  "user.import": ["admin"],
  "organisation.manage": ["admin"],
  "account.password": ["admin", "cityManager", "bureauManager", "otherBureauManager", "owningStaff", "sharingStaff", "otherSectionStaff", "otherBureauStaff", "auditor"],
  "city.view": ["admin", "cityManager", "auditor"],
  "document.publish": ["admin", "cityManager", "bureauManager"],
  "notification.read": ["admin", "cityManager", "bureauManager", "otherBureauManager", "owningStaff", "sharingStaff", "otherSectionStaff", "otherBureauStaff", "auditor"],
  "mail.resend": ["admin"],
  "briefing.generate": ["admin", "cityManager", "bureauManager"],
  "briefing.read": ["admin", "cityManager", "bureauManager", "auditor"],
  "plan.manage": ["admin"],
};

describe("permission table: every role × every action on an issue of bureau X", () => {
  for (const action of actions) {
    for (const [name, actor] of Object.entries(actors) as [ActorName, Actor][]) {
      const expected = allowed[action].includes(name);
      it(`${name} ${expected ? "may" : "may not"} ${action}`, () => {
        expect(can(actor, action, issueOfX)).toBe(expected);
      });
    }
  }

  it("refuses every action to a signed-out visitor", () => {
    for (const action of actions) expect(can(null, action, issueOfX)).toBe(false);
  });

  it("does not let a forged section id reach another bureau's issue", () => {
    const forged: Resource = { bureauId: "Y", owningSectionId: "S1", editingSectionIds: ["S1"] };
    expect(can(actors.owningStaff, "progress.edit", forged)).toBe(false);
  });

  it("keeps the city-wide view to city-level users, with or without a resource", () => {
    expect(can(actors.cityManager, "city.view")).toBe(true);
    expect(can(actors.auditor, "city.view")).toBe(true);
    expect(can(actors.bureauManager, "city.view")).toBe(false);
    expect(can(actors.owningStaff, "city.view")).toBe(false);
    expect(can(actors.bureauManager, "city.view", { bureauId: "X" })).toBe(false);
  });

  it("does not treat a staff member without a bureau as city-level", () => {
    const stray: Actor = { id: "u10", role: "STAFF", bureauId: null, sectionId: "S1" };
    expect(can(stray, "document.read", issueOfX)).toBe(false);
    expect(can(stray, "progress.edit", issueOfX)).toBe(false);
  });

  it("lets a user co-edit the progress of another section's issues only through their extra sections, in their own bureau", () => {
    const coEditor: Actor = { ...actors.otherSectionStaff, coEditSectionIds: ["S1"] };
    expect(can(actors.otherSectionStaff, "progress.edit", issueOfX)).toBe(false);
    expect(can(coEditor, "progress.edit", issueOfX)).toBe(true);
    expect(can({ ...actors.otherBureauStaff, sectionId: "S9", coEditSectionIds: ["S1"] }, "progress.edit", issueOfX)).toBe(false);
  });
});

// Which accounts each kind of user may manage: written out by hand.
describe("canManageUser: admins manage everyone, a bureau's managers only its staff", () => {
  const targets = {
    staffOfX: { role: "STAFF", bureauId: "X" },
    managerOfX: { role: "MANAGER", bureauId: "X" },
    staffOfY: { role: "STAFF", bureauId: "Y" },
    cityAuditor: { role: "AUDITOR", bureauId: null },
    cityAdmin: { role: "ADMIN", bureauId: null },
  } as const;
  type TargetName = keyof typeof targets;
  const manageable: Record<ActorName, TargetName[]> = {
    admin: ["staffOfX", "managerOfX", "staffOfY", "cityAuditor", "cityAdmin"],
    cityManager: ["staffOfX", "staffOfY"],
    bureauManager: ["staffOfX"],
    otherBureauManager: ["staffOfY"],
    owningStaff: [],
    sharingStaff: [],
    otherSectionStaff: [],
    otherBureauStaff: [],
    auditor: [],
  };
  for (const [name, actor] of Object.entries(actors) as [ActorName, Actor][]) {
    for (const [targetName, target] of Object.entries(targets) as [TargetName, (typeof targets)[TargetName]][]) {
      const expected = manageable[name].includes(targetName);
      it(`${name} ${expected ? "may" : "may not"} manage ${targetName}`, () => {
        expect(canManageUser(actor, target)).toBe(expected);
      });
    }
  }
  it("refuses a signed-out visitor", () => expect(canManageUser(null, targets.staffOfX)).toBe(false));
});
