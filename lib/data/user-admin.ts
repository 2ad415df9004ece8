import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, canManageUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { UserFilters } from "@/lib/validation/users";

export const USERS_PER_PAGE = 50;

const managesUsers = (actor: Actor) => can(actor, "user.manage") || can(actor, "user.manageAll");

/** The accounts the actor may manage: everyone for admins, a bureau's staff for its managers. */
function managedScope(actor: Actor): Prisma.UserWhereInput {
  if (can(actor, "user.manageAll")) return {};
  return { role: "STAFF", bureauId: actor.bureauId === null ? { not: null } : actor.bureauId };
}

/** The user list: search by name or email, filters by bureau, section, role and state; 50 a page. */
export async function listManagedUsers(actor: Actor, filters: UserFilters) {
  if (!managesUsers(actor)) throw new AccessDeniedError();
  const q = filters.q;
  const where: Prisma.UserWhereInput = {
    AND: [
      managedScope(actor),
      q ? { OR: [{ name: { contains: q } }, { email: { contains: q.toLowerCase() } }] } : {},
      filters.bureau ? { bureauId: filters.bureau } : {},
      filters.section ? { OR: [{ sectionId: filters.section }, { coEditSections: { some: { sectionId: filters.section } } }] } : {},
      filters.role ? { role: filters.role } : {},
      filters.active === "all" ? {} : { active: filters.active === "active" },
    ],
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ bureau: { sortOrder: "asc" } }, { name: "asc" }],
      skip: (filters.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: {
        id: true, name: true, email: true, role: true, active: true, passwordHash: true,
        bureau: { select: { name: true } }, section: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    users: users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null })),
  };
}

/** One account for its edit page, if the actor may manage it. */
export async function getManagedUser(actor: Actor, userId: string) {
  if (!managesUsers(actor)) throw new AccessDeniedError();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, active: true, deactivatedAt: true, createdAt: true,
      passwordHash: true, coEditSections: { select: { sectionId: true } },
    },
  });
  if (!user) return null;
  if (!canManageUser(actor, user)) throw new AccessDeniedError();
  const { passwordHash, coEditSections, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, coEditSectionIds: coEditSections.map((s) => s.sectionId) };
}

/** The bureaus (with sections) the actor may place accounts in, for the forms and filters. */
export async function listPlaceableBureaus(actor: Actor) {
  if (!managesUsers(actor)) throw new AccessDeniedError();
  const bureaus = await db.bureau.findMany({
    // Deactivated bureaus and sections take no one new (their history stays).
    where: { active: true, ...(actor.bureauId === null ? {} : { id: actor.bureauId }) },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, sections: { where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } } },
  });
  return bureaus.filter((b) => canManageUser(actor, { role: "STAFF", bureauId: b.id }));
}

export type PlaceableBureau = Awaited<ReturnType<typeof listPlaceableBureaus>>[number];
