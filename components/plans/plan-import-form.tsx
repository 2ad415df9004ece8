"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { CsvSourceFields, LineTable, PreviewAndSaveButtons, useImportPreview } from "@/components/ui/csv-import-fields";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { importPlanCsvAction } from "@/lib/actions/plans";
import type { PlanImportSummary } from "@/lib/commands/plan-import";

/**
 * Load a plan's tree from CSV into one plan, read the preview (the nodes to be
 * created or renamed, every error by its line), correct the text here if need
 * be, then save.
 */
export function PlanImportForm({ plans }: { plans: { id: string; name: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(importPlanCsvAction, idleState);
  const { summary, text, setText } = useImportPreview<PlanImportSummary>(state);
  if (plans.length === 0) return <p className="text-sm text-slate-600">{t("planDashboard.noPlan")}</p>;
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} aria-label={t("planImport.title")} className="space-y-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="plan-import-plan" className="text-sm font-medium">{t("planImport.plan")}</label>
        <select id="plan-import-plan" name="planId" className="w-fit rounded border border-slate-300 bg-white px-2 py-1">
          {plans.map((plan) => <option key={plan.id} value={plan.id}>{plan.name}</option>)}
        </select>
      </div>
      <CsvSourceFields idPrefix="plan-import" state={state} text={text} setText={setText} rows={8}
        labels={{ file: t("planImport.file"), fileHint: t("planImport.fileHint"), text: t("planImport.text") }} />
      <FormMessage state={state} />
      {summary && (
        <div className="space-y-3" data-testid="plan-import-summary">
          <p className="text-sm">{t("planImport.counts", { create: summary.create, update: summary.update, move: summary.move, unchanged: summary.unchanged, invalid: new Set(summary.errors.map((e) => e.line)).size })}</p>
          {summary.changes.length > 0 && (
            <LineTable caption={t("planImport.changesCaption")} headers={[t("planImport.line"), t("planImport.column.code"), t("planImport.change")]}
              rows={summary.changes.map((change) => [
                change.line, change.code,
                change.kind === "create" ? `${t("planImport.kind.create")}${t("text.colon")}${change.name}`
                  : change.kind === "move" ? t("planImport.kind.move", { from: change.from || t("planImport.top"), to: change.to || t("planImport.top"), name: change.name })
                  : t("planImport.kind.update", { from: change.previousName, to: change.name }),
              ])} />
          )}
          {summary.errors.length > 0 && (
            <LineTable caption={t("planImport.errorsCaption")} headers={[t("planImport.line"), t("planImport.column"), t("planImport.problem")]}
              rows={summary.errors.map((error) => [error.line, t(`planImport.column.${error.field}`), error.message])} />
          )}
        </div>
      )}
      <PreviewAndSaveButtons pending={pending} preview={t("planImport.preview")} save={t("planImport.save")} />
    </form>
  );
}
