"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { openPeriodAction } from "@/lib/actions/periods";
import { idleState } from "@/lib/actions/form-state-values";

/** Proposes the next usual reporting date and a deadline; the manager may change both. */
export function OpenPeriodForm({ bureauId, proposedAsOf, proposedDeadline }: { bureauId: string; proposedAsOf: string; proposedDeadline: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(openPeriodAction, idleState);
  const fields = [
    { name: "asOfDate", label: t("periods.asOfDate"), value: proposedAsOf },
    { name: "deadline", label: t("periods.deadline"), value: proposedDeadline },
  ];
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-bold">{t("periods.open")}</h2>
      <p className="text-sm text-slate-600">{t("periods.proposal")}</p>
      <input type="hidden" name="bureauId" value={bureauId} />
      <div className="flex flex-wrap gap-4">
        {fields.map((field) => {
          const errors = fieldErrorsOf(state, field.name);
          return (
            <div key={field.name} className="flex flex-col gap-1">
              <label htmlFor={`period-${field.name}`} className="text-sm font-medium">{field.label}</label>
              <input
                id={`period-${field.name}`}
                name={field.name}
                type="date"
                defaultValue={field.value}
                aria-invalid={errors.length > 0}
                aria-describedby={errors.length > 0 ? `period-${field.name}-error` : undefined}
                className="rounded border border-slate-300 px-2 py-1"
              />
              <FieldError id={`period-${field.name}-error`} errors={errors} />
            </div>
          );
        })}
        <div className="flex flex-col gap-1">
          <label htmlFor="period-reminderDays" className="text-sm font-medium">{t("periods.reminderDays")}</label>
          <input
            id="period-reminderDays"
            name="reminderDays"
            defaultValue="7,1"
            inputMode="numeric"
            aria-invalid={fieldErrorsOf(state, "reminderDays").length > 0}
            aria-describedby={fieldErrorsOf(state, "reminderDays").length > 0 ? "period-reminderDays-error" : undefined}
            className="w-32 rounded border border-slate-300 px-2 py-1"
          />
          <FieldError id="period-reminderDays-error" errors={fieldErrorsOf(state, "reminderDays")} />
        </div>
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t("periods.open")}</Button>
    </form>
  );
}
