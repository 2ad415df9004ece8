import type { Role } from "@/generated/prisma/sqlite/enums";

/** Everything a user may try to do. Pages, actions and exports all ask `can()`. */
export const actions = [
  "document.read",
  "progress.edit",
  "progress.review",
  "period.manage",
  "period.reopen",
  "issue.edit",
  "document.copy",
  "document.import",
  "export.run",
  "audit.read",
  "user.manage",
  "city.view",
  "document.publish",
] as const;
export type Action = (typeof actions)[number];

export interface Actor {
  id: string;
  role: Role;
  /** Null for city-level users. */
  bureauId: string | null;
  sectionId: string | null;
}

/** What an action is about: a bureau, and for progress edits the sections that may edit the issue. */
export interface Resource {
  bureauId: string;
  owningSectionId?: string;
  editingSectionIds?: readonly string[];
}

/**
 * - any: every bureau
 * - bureau: the actor's own bureau (a city-level manager, having none, reaches every bureau)
 * - section: issues the actor's section owns or shares editing of, in the actor's bureau
 * - city: only city-level users (those without a bureau), on anything
 * - none: refused
 */
type Scope = "any" | "bureau" | "section" | "city" | "none";

const everything = Object.fromEntries(actions.map((a) => [a, "any"])) as Record<Action, Scope>;

/** The permission table: who may do what. Tested cell by cell in tests/unit/permissions.test.ts. */
export const permissionTable: Record<Role, Record<Action, Scope>> = {
  ADMIN: everything,
  MANAGER: {
    "document.read": "bureau",
    "progress.edit": "none",
    "progress.review": "bureau",
    "period.manage": "bureau",
    "period.reopen": "none",
    "issue.edit": "bureau",
    "document.copy": "none",
    "document.import": "bureau",
    "export.run": "bureau",
    "audit.read": "bureau",
    "user.manage": "none",
    "city.view": "city",
    "document.publish": "bureau",
  },
  STAFF: {
    "document.read": "bureau",
    "progress.edit": "section",
    "progress.review": "none",
    "period.manage": "none",
    "period.reopen": "none",
    "issue.edit": "none",
    "document.copy": "none",
    "document.import": "none",
    "export.run": "bureau",
    "audit.read": "none",
    "user.manage": "none",
    "city.view": "none",
    "document.publish": "none",
  },
  AUDITOR: {
    "document.read": "any",
    "progress.edit": "none",
    "progress.review": "none",
    "period.manage": "none",
    "period.reopen": "none",
    "issue.edit": "none",
    "document.copy": "none",
    "document.import": "none",
    "export.run": "any",
    "audit.read": "any",
    "user.manage": "none",
    "city.view": "any",
    "document.publish": "none",
  },
};

export function isCityLevel(actor: Actor): boolean {
  return actor.bureauId === null && (actor.role === "MANAGER" || actor.role === "ADMIN" || actor.role === "AUDITOR");
}

function inBureau(actor: Actor, bureauId: string): boolean {
  return actor.bureauId === null ? isCityLevel(actor) : actor.bureauId === bureauId;
}

/**
 * May `actor` do `action` on `resource`? Without a resource the question is
 * "on anything at all" (e.g. whether to show a menu entry).
 */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  const scope = permissionTable[actor.role][action];
  if (scope === "none") return false;
  if (scope === "city") return isCityLevel(actor);
  if (scope === "any" || !resource) return true;
  if (!inBureau(actor, resource.bureauId)) return false;
  if (scope === "bureau") return true;
  if (actor.sectionId === null || actor.bureauId === null) return false;
  return (
    resource.owningSectionId === actor.sectionId ||
    (resource.editingSectionIds ?? []).includes(actor.sectionId)
  );
}
