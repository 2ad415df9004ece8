import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { countReports } from "@/lib/domain/progress-rules";

/** A bureau's reporting periods, newest first, with how many reports are not reported yet and in each workflow state. */
export async function listPeriods(actor: Actor, bureauId: string) {
  if (!can(actor, "period.manage", { bureauId })) throw new AccessDeniedError();
  const [periods, counts] = await Promise.all([
    db.reportingPeriod.findMany({ where: { bureauId }, orderBy: { asOfDate: "desc" }, include: { publication: { select: { publishedAt: true } } } }),
    db.progressReport.groupBy({ by: ["periodId", "workflowState", "status", "carriedForward"], where: { period: { bureauId } }, _count: { _all: true } }),
  ]);
  return periods.map((period) => {
    const reports = countReports(counts.filter((row) => row.periodId === period.id).map((row) => ({ ...row, count: row._count._all })));
    return { ...period, notReported: reports.notReported, byState: reports.byState };
  });
}
