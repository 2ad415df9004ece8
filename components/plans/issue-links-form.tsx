"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { setIssueLinksAction } from "@/lib/actions/plans";
import { type LinkablePlan, PlanNodeChecklist } from "./plan-node-checklist";

/** Which plan nodes and SDGs the issue serves. */
export function IssueLinksForm({ issueId, plans, goals, nodeIds, goalNumbers }: {
  issueId: string;
  plans: LinkablePlan[];
  /** Each goal's name in the reader's language. */
  goals: { number: number; name: string; colour: string }[];
  nodeIds: string[];
  goalNumbers: number[];
}) {
  const t = useT();
  const [state, action, pending] = useActionState(setIssueLinksAction, idleState);
  const tagged = new Set(goalNumbers);
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="issue-links-title">
      <h2 id="issue-links-title" className="text-lg font-bold">{t("plan.linksTitle")}</h2>
      <input type="hidden" name="issueId" value={issueId} />
      <PlanNodeChecklist plans={plans} linked={new Set(nodeIds)} />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("plan.sdgs")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {goals.map((goal) => (
            <label key={goal.number} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="goalNumbers" value={goal.number} defaultChecked={tagged.has(goal.number)} />
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: goal.colour }} />
              <span>{t("plan.goal", { number: goal.number, name: goal.name })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? t("organisation.saving") : t("plan.saveLinks")}</Button>
      <FormMessage state={state} />
    </form>
  );
}
