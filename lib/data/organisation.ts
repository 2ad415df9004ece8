import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The city with its bureaus and wards and their sections, in their sort order: the organisation page (admins). */
export async function getOrganisation(actor: Actor) {
  if (!can(actor, "organisation.manage")) throw new AccessDeniedError();
  const [city, bureaus] = await Promise.all([
    db.city.findFirst({ orderBy: { code: "asc" }, select: { id: true, name: true, code: true } }),
    db.bureau.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true, code: true, kind: true, sortOrder: true, active: true, sections: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, sortOrder: true, active: true } } },
    }),
  ]);
  return { city, bureaus };
}
