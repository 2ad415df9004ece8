import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fiscalYearOf, japanDateOf } from "@/lib/domain/dates";

/** The city with its bureaus and wards and their sections, in their sort order: the organisation page (admins). */
export async function getOrganisation(actor: Actor) {
  if (!can(actor, "organisation.manage")) throw new AccessDeniedError();
  const [city, bureaus] = await Promise.all([
    db.city.findFirst({ orderBy: { code: "asc" }, select: { id: true, name: true, code: true } }),
    db.bureau.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true, code: true, kind: true, sortOrder: true, active: true, sections: {
          orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
          select: {
            id: true, name: true, sortOrder: true, active: true,
            // The issues a split can hand over: those of the documents current periods report on.
            ownedIssues: { where: { document: { fiscalYear: { gte: fiscalYearOf(japanDateOf(new Date())) - 1 } } }, orderBy: [{ document: { fiscalYear: "desc" } }, { sortOrder: "asc" }], select: { id: true, code: true, name: true, document: { select: { fiscalYear: true } } } },
          },
        } },
    }),
  ]);
  return { city, bureaus };
}
