import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { countPeriods } from "./period-counts";

/** A bureau's reporting periods, newest first, with how many of its issues are not reported yet and in each workflow state. */
export async function listPeriods(actor: Actor, bureauId: string) {
  if (!can(actor, "period.manage", { bureauId })) throw new AccessDeniedError();
  const periods = await db.reportingPeriod.findMany({ where: { bureauId }, orderBy: { asOfDate: "desc" }, include: { publication: { select: { publishedAt: true } } } });
  const counts = await countPeriods(periods);
  return periods.map((period) => {
    const { notReported, byState, total } = counts.get(period.id)!;
    return { ...period, notReported, byState, total };
  });
}
