"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { changeDeadlineAction } from "@/lib/actions/periods";
import { idleState } from "@/lib/actions/form-state-values";

/** Moves an open period's deadline (empty: none) and changes its reminder days; the change is audited. */
export function DeadlineForm({ periodId, deadline, reminderDays }: { periodId: string; deadline: string | null; reminderDays: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(changeDeadlineAction, idleState);
  const errors = fieldErrorsOf(state, "deadline");
  const reminderErrors = fieldErrorsOf(state, "reminderDays");
  const id = `deadline-${periodId}`;
  const reminderId = `reminder-days-${periodId}`;
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="mt-1 flex flex-wrap items-start gap-2">
      <input type="hidden" name="periodId" value={periodId} />
      <div>
        <label htmlFor={id} className="sr-only">{t("periods.newDeadline")}</label>
        <input
          id={id}
          name="deadline"
          type="date"
          defaultValue={deadline ?? ""}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
          className="rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
      <div>
        <label htmlFor={reminderId} className="sr-only">{t("periods.reminderDays")}</label>
        <input
          id={reminderId}
          name="reminderDays"
          defaultValue={reminderDays}
          inputMode="numeric"
          aria-invalid={reminderErrors.length > 0}
          aria-describedby={reminderErrors.length > 0 ? `${reminderId}-error` : undefined}
          className="w-20 rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <FieldError id={`${reminderId}-error`} errors={reminderErrors} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{t("periods.changeDeadlineAndReminders")}</Button>
      <FormMessage state={state} />
    </form>
  );
}
