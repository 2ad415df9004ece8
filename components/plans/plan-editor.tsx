import { OrganisationForm } from "@/components/organisation/organisation-form";
import { addPlanNodeAction, movePlanNodeAction, retirePlanNodeAction, updatePlanNodeAction } from "@/lib/actions/plans";
import { type EditorPlan, planNodeLabel } from "@/lib/data/plans";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** One plan's tree: every active node with its rename/move, reorder and retire forms; retired nodes kept, marked. */
export function PlanEditor({ plan, t, locale }: { plan: EditorPlan; t: Translate; locale: Locale }) {
  const active = plan.nodes.filter((node) => node.retiredAt === null);
  // No-break spaces indent an option in any language (an <option> takes no CSS padding); a screen reader skips them.
  const parentOptions = (self?: string) => [
    { value: "", label: t("plan.topLevel") },
    ...active.filter((node) => node.id !== self && node.level < plan.levelNames.length - 1).map((node) => ({ value: node.id, label: `${"\u00a0\u00a0".repeat(node.level)}${planNodeLabel(node)}` })),
  ];
  const levelName = (level: number) => plan.levelNames[level] ?? t("plan.level", { level: level + 1 });
  return (
    <section aria-labelledby={`plan-${plan.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="plan-editor">
      <h2 id={`plan-${plan.id}`} className="text-lg font-semibold">
        {plan.name}
        <span className="ml-2 text-sm font-normal text-slate-600">
          {t("plan.span", { from: formatFiscalYear(plan.startFiscalYear, locale), to: formatFiscalYear(plan.endFiscalYear, locale) })}{t("text.separator")}{plan.levelNames.join(" → ")}
        </span>
      </h2>
      {plan.nodes.length === 0 && <p className="text-sm text-slate-600">{t("plan.noNodes")}</p>}
      <ul className="space-y-3">
        {plan.nodes.map((node) => (
          <li key={node.id} style={{ marginInlineStart: `${node.depth * 1.5}rem` }} className="space-y-1 border-l-2 border-slate-200 pl-3" data-testid="plan-node">
            <p className="font-medium">
              <span className="mr-2 rounded bg-slate-100 px-1 text-xs text-slate-700">{levelName(node.level)}</span>
              {planNodeLabel(node)}
              {node.retiredAt && <span className="ml-2 rounded border border-slate-300 px-1 text-xs text-slate-700">{t("plan.retired")}</span>}
            </p>
            {node.retiredAt === null && (
              <div className="flex flex-wrap items-end gap-3">
                <OrganisationForm action={updatePlanNodeAction} idPrefix={`node-${node.id}`} hidden={{ nodeId: node.id }}
                  fields={[
                    { name: "code", label: t("plan.nodeCode"), defaultValue: node.code },
                    { name: "name", label: t("plan.nodeName"), defaultValue: node.name },
                    { name: "parentId", label: t("plan.parent"), defaultValue: node.parentId ?? "", options: parentOptions(node.id) },
                  ]}
                  submitLabel={t("plan.save")} legend={t("plan.editNode", { name: node.name })} />
                <OrganisationForm action={movePlanNodeAction} idPrefix={`up-${node.id}`} hidden={{ nodeId: node.id, direction: "up" }} fields={[]} submitLabel={t("plan.moveUp")} legend={t("plan.moveUpNode", { name: node.name })} />
                <OrganisationForm action={movePlanNodeAction} idPrefix={`down-${node.id}`} hidden={{ nodeId: node.id, direction: "down" }} fields={[]} submitLabel={t("plan.moveDown")} legend={t("plan.moveDownNode", { name: node.name })} />
                <OrganisationForm action={retirePlanNodeAction} idPrefix={`retire-${node.id}`} hidden={{ nodeId: node.id }} fields={[]} submitLabel={t("plan.retire")} legend={t("plan.retireNode", { name: node.name })} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <OrganisationForm action={addPlanNodeAction} idPrefix={`add-${plan.id}`} hidden={{ planId: plan.id }}
        fields={[
          { name: "parentId", label: t("plan.parent"), defaultValue: "", options: parentOptions() },
          { name: "code", label: t("plan.nodeCode"), defaultValue: "" },
          { name: "name", label: t("plan.nodeName"), defaultValue: "" },
        ]}
        submitLabel={t("plan.addNode")} legend={t("plan.addNodeTo", { name: plan.name })} />
    </section>
  );
}
