"use client";
import { useT } from "@/components/i18n-provider";

export interface LinkablePlan {
  id: string;
  name: string;
  levelNames: string[];
  nodes: { id: string; label: string; level: number; depth: number; retired: boolean }[];
}

/**
 * Check boxes for the nodes of every plan (sent as `nodeIds`), indented by
 * depth. A retired node already linked stays linked (shown, not editable);
 * other retired nodes are not offered.
 */
export function PlanNodeChecklist({ plans, linked }: { plans: LinkablePlan[]; linked: ReadonlySet<string> }) {
  const t = useT();
  if (plans.length === 0) return <p className="text-sm text-slate-600">{t("planDashboard.noPlan")}</p>;
  return plans.map((plan) => (
    <fieldset key={plan.id} className="space-y-1">
      <legend className="font-medium">{plan.name}</legend>
      {plan.nodes.filter((node) => !node.retired || linked.has(node.id)).map((node) => (
        <label key={node.id} className="flex items-start gap-2 text-sm" style={{ marginInlineStart: `${node.depth * 1.5}rem` }}>
          <input type="checkbox" name="nodeIds" value={node.id} defaultChecked={linked.has(node.id)} disabled={node.retired} className="mt-1" />
          <span>
            <span className="mr-1 text-xs text-slate-600">{plan.levelNames[node.level] ?? ""}</span>
            {node.label}
            {node.retired && <span className="ml-1 text-xs text-slate-700">{t("text.paren", { text: t("plan.retiredKept") })}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  ));
}
