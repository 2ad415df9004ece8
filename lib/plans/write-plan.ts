import type { Tx } from "@/lib/db/transaction";

// Without the app's db client, so the seed can use it on any database.

export interface PlanDefinition {
  name: string;
  startFiscalYear: number;
  endFiscalYear: number;
  levelNames: string[];
}

/** Writes a plan and its top-level nodes (the seed and the editor both come here). */
export async function insertPlan(tx: Tx, cityId: string, plan: PlanDefinition, topNodes: readonly { code: string; name: string }[] = []) {
  const row = await tx.plan.create({ data: { cityId, ...plan } });
  for (const [index, node] of topNodes.entries()) {
    await tx.planNode.create({ data: { planId: row.id, parentId: null, level: 0, code: node.code, name: node.name, sortOrder: index + 1 } });
  }
  return row;
}
