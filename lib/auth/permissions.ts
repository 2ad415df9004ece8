import type { Role } from "@/generated/prisma/sqlite/enums";

/** Everything a user may try to do. Pages, actions and exports all ask `can()`. */
export const actions = [
  "document.read",
  "progress.edit",
  "progress.withdraw",
  "progress.review",
  "period.manage",
  "period.reopen",
  "issue.edit",
  "document.copy",
  "document.import",
  "export.run",
  "audit.read",
  "user.manage",
  "user.manageAll",
  "user.import",
  "organisation.manage",
  "account.password",
  "city.view",
  "document.publish",
  "notification.read",
  "mail.resend",
  "briefing.generate",
  "briefing.read",
  "plan.manage",
] as const;
export type Action = (typeof actions)[number];

export interface Actor {
  id: string;
  role: Role;
  /** Null for city-level users. */
  bureauId: string | null;
  sectionId: string | null;
  /** Sections besides their own whose issues' progress the user may also edit. */
  coEditSectionIds?: readonly string[];
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
    "progress.withdraw": "none",
    "progress.review": "bureau",
    "period.manage": "bureau",
    "period.reopen": "none",
    "issue.edit": "bureau",
    "document.copy": "none",
    "document.import": "bureau",
    "export.run": "bureau",
    "audit.read": "bureau",
    // A bureau's managers manage its staff (canManageUser); roles above staff are admins' only.
    "user.manage": "bureau",
    "user.manageAll": "none",
    "user.import": "none",
    "organisation.manage": "none",
    "account.password": "any",
    "city.view": "city",
    "document.publish": "bureau",
    // Everyone reads, marks and configures their own notifications (the command scopes to the actor).
    "notification.read": "any",
    "mail.resend": "none",
    // The bureau's briefing book (docs/decisions/072): made and read by its managers.
    "briefing.generate": "bureau",
    "briefing.read": "bureau",
    "plan.manage": "none",
  },
  STAFF: {
    "document.read": "bureau",
    "progress.edit": "section",
    // Those who may write a report may take their section's submission back (docs/decisions/021).
    "progress.withdraw": "section",
    "progress.review": "none",
    "period.manage": "none",
    "period.reopen": "none",
    "issue.edit": "none",
    "document.copy": "none",
    "document.import": "none",
    "export.run": "bureau",
    "audit.read": "none",
    "user.manage": "none",
    "user.manageAll": "none",
    "user.import": "none",
    "organisation.manage": "none",
    "account.password": "any",
    "city.view": "none",
    "document.publish": "none",
    "notification.read": "any",
    "mail.resend": "none",
    "briefing.generate": "none",
    "briefing.read": "none",
    "plan.manage": "none",
  },
  AUDITOR: {
    "document.read": "any",
    "progress.edit": "none",
    "progress.withdraw": "none",
    "progress.review": "none",
    "period.manage": "none",
    "period.reopen": "none",
    "issue.edit": "none",
    "document.copy": "none",
    "document.import": "none",
    "export.run": "any",
    "audit.read": "any",
    "user.manage": "none",
    "user.manageAll": "none",
    "user.import": "none",
    "organisation.manage": "none",
    "account.password": "any",
    "city.view": "any",
    "document.publish": "none",
    "notification.read": "any",
    "mail.resend": "none",
    // Auditors read every stored book (they may export any bureau's PDF anyway); they make none.
    "briefing.generate": "none",
    "briefing.read": "any",
    "plan.manage": "none",
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
  if (actor.bureauId === null) return false;
  const own = [actor.sectionId, ...(actor.coEditSectionIds ?? [])].filter((id): id is string => id !== null);
  return own.some((id) => resource.owningSectionId === id || (resource.editingSectionIds ?? []).includes(id));
}

/** The part of a user account that decides who may manage it. */
export interface ManagedUser {
  role: Role;
  bureauId: string | null;
}

/**
 * May `actor` manage (edit, deactivate, send a link to) an account like `target`?
 * Admins manage everyone; a bureau's managers manage the staff of their bureau.
 * Both the account as it is and as it would become must pass.
 */
export function canManageUser(actor: Actor | null, target: ManagedUser): boolean {
  if (can(actor, "user.manageAll")) return true;
  return target.role === "STAFF" && target.bureauId !== null && can(actor, "user.manage", { bureauId: target.bureauId });
}
