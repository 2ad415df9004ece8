import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { WorkflowState } from "@/generated/prisma/sqlite/enums";

/** A bureau's reporting periods, newest first, with how many reports are in each workflow state. */
export async function listPeriods(actor: Actor, bureauId: string) {
  if (!can(actor, "period.manage", { bureauId })) throw new AccessDeniedError();
  const [periods, counts] = await Promise.all([
    db.reportingPeriod.findMany({ where: { bureauId }, orderBy: { asOfDate: "desc" } }),
    db.progressReport.groupBy({ by: ["periodId", "workflowState"], where: { period: { bureauId } }, _count: { _all: true } }),
  ]);
  return periods.map((period) => {
    const byState: Record<WorkflowState, number> = { DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 };
    for (const row of counts) if (row.periodId === period.id) byState[row.workflowState] = row._count._all;
    return { ...period, byState };
  });
}
