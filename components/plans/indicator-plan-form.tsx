"use client";
import { useActionState, useRef, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { setIndicatorPlanAction } from "@/lib/actions/plans";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { IndicatorMeasure } from "@/lib/domain/kpi-evaluation";
import type { Locale } from "@/lib/i18n/messages";
import { type LinkablePlan, PlanNodeChecklist } from "./plan-node-checklist";

export interface IndicatorPlanSettings {
  id: string;
  name: string;
  unit: string;
  measure: IndicatorMeasure;
  nodeIds: string[];
  yearTargets: { fiscalYear: number; target: number }[];
}

const measures: readonly IndicatorMeasure[] = ["POINT", "CUMULATIVE"];

/** The indicators, each with its own form: links to plan nodes, measure, and yearly targets. */
export function IndicatorPlanForms({ indicators, plans, locale }: { indicators: IndicatorPlanSettings[]; plans: LinkablePlan[]; locale: Locale }) {
  const t = useT();
  return (
    <section aria-labelledby="indicator-plans-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="indicator-plans-title" className="text-lg font-bold">{t("plan.indicatorsTitle")}</h2>
      <p className="text-sm text-slate-600">{t("plan.indicatorsLead")}</p>
      {indicators.length === 0 && <p className="text-sm text-slate-600">{t("plan.noIndicators")}</p>}
      {indicators.map((indicator) => <IndicatorPlanForm key={indicator.id} indicator={indicator} plans={plans} locale={locale} />)}
    </section>
  );
}

type YearRow = { key: number; fiscalYear: string; target: string };

function IndicatorPlanForm({ indicator, plans, locale }: { indicator: IndicatorPlanSettings; plans: LinkablePlan[]; locale: Locale }) {
  const t = useT();
  const [state, action, pending] = useActionState(setIndicatorPlanAction, idleState);
  // Rows are the form's own state, so a refused save keeps every row as typed.
  const nextKey = useRef(indicator.yearTargets.length);
  const [rows, setRows] = useState<YearRow[]>(() => indicator.yearTargets.map((year, key) => ({ key, fiscalYear: String(year.fiscalYear), target: String(year.target) })));
  const change = (key: number, field: "fiscalYear" | "target", value: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const id = `indicator-${indicator.id}`;
  const measureErrors = fieldErrorsOf(state, "measure");
  const listErrors = fieldErrorsOf(state, "yearTargets");
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} aria-label={t("plan.indicatorForm", { name: indicator.name })}
      className="space-y-3 border-t border-slate-200 pt-3" data-testid="indicator-plan-form">
      <h3 className="font-semibold">{indicator.name}{indicator.unit && <span className="ml-1 text-sm font-normal text-slate-600">{t("text.paren", { text: indicator.unit })}</span>}</h3>
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-measure`} className="text-sm font-medium">{t("plan.measure")}</label>
        <select id={`${id}-measure`} name="measure" defaultValue={indicator.measure} className="w-fit rounded border border-slate-300 bg-white px-2 py-1"
          aria-invalid={measureErrors.length > 0} aria-describedby={measureErrors.length > 0 ? `${id}-measure-error` : undefined}>
          {measures.map((measure) => <option key={measure} value={measure}>{t(`plan.measure.${measure}`)}</option>)}
        </select>
        <FieldError id={`${id}-measure-error`} errors={measureErrors} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("plan.indicatorNodes")}</legend>
        <PlanNodeChecklist plans={plans} linked={new Set(indicator.nodeIds)} />
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={listErrors.length > 0 ? `${id}-years-error` : undefined}>
        <legend className="text-sm font-medium">{t("plan.yearTargets")}</legend>
        {rows.length === 0 && <p className="text-sm text-slate-600">{t("plan.noYearTargets")}</p>}
        {rows.map((row, index) => {
          const year = Number(row.fiscalYear);
          const rowId = `${id}-year-${row.key}`;
          const yearErrors = fieldErrorsOf(state, `yearTargets.${index}.fiscalYear`);
          const targetErrors = fieldErrorsOf(state, `yearTargets.${index}.target`);
          return (
            <div key={row.key} className="flex flex-wrap items-start gap-3" data-testid="year-target-row">
              <div className="flex flex-col gap-1">
                <label htmlFor={`${rowId}-year`} className="text-xs font-medium">{t("plan.fiscalYear")}</label>
                <input id={`${rowId}-year`} name="fiscalYear" inputMode="numeric" value={row.fiscalYear} onChange={(e) => change(row.key, "fiscalYear", e.target.value)}
                  className="w-24 rounded border border-slate-300 px-2 py-1" aria-invalid={yearErrors.length > 0}
                  aria-describedby={[`${rowId}-era`, yearErrors.length > 0 ? `${rowId}-year-error` : ""].filter(Boolean).join(" ")} />
                <span id={`${rowId}-era`} className="text-xs text-slate-600">{Number.isInteger(year) && year >= 1989 && year <= 2100 ? formatFiscalYear(year, locale) : ""}</span>
                <FieldError id={`${rowId}-year-error`} errors={yearErrors} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${rowId}-target`} className="text-xs font-medium">{t("plan.yearTarget")}</label>
                <input id={`${rowId}-target`} name="target" inputMode="decimal" value={row.target} onChange={(e) => change(row.key, "target", e.target.value)}
                  className="w-32 rounded border border-slate-300 px-2 py-1" aria-invalid={targetErrors.length > 0}
                  aria-describedby={targetErrors.length > 0 ? `${rowId}-target-error` : undefined} />
                <FieldError id={`${rowId}-target-error`} errors={targetErrors} />
              </div>
              <Button type="button" variant="secondary" className="mt-5" aria-label={t("plan.removeYearTargetRow", { row: index + 1 })}
                onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                {t("plan.removeYearTarget")}
              </Button>
            </div>
          );
        })}
        <FieldError id={`${id}-years-error`} errors={listErrors} />
        <Button type="button" variant="secondary" onClick={() => setRows((current) => [...current, { key: nextKey.current++, fiscalYear: "", target: "" }])}>
          {t("plan.addYearTarget")}
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? t("organisation.saving") : t("plan.saveIndicator")}</Button>
      <FormMessage state={state} />
    </form>
  );
}
