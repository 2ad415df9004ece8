"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { closePeriodAction, reopenPeriodAction } from "@/lib/actions/periods";
import { idleState } from "@/lib/actions/form-state-values";

/** Close (after confirmation) an open period; reopen a closed one with a reason (admins). */
export function PeriodControls({ periodId, open, mayReopen }: { periodId: string; open: boolean; mayReopen: boolean }) {
  const t = useT();
  const [closeState, closeAction, closing] = useActionState(closePeriodAction, idleState);
  const [reopenState, reopenAction, reopening] = useActionState(reopenPeriodAction, idleState);
  if (open) {
    return (
      <form
        action={closeAction}
        onSubmit={keepInputOnSubmit(closeAction, () => window.confirm(t("periods.closeConfirm")))}
      >
        <input type="hidden" name="periodId" value={periodId} />
        <Button type="submit" variant="secondary" disabled={closing}>{t("periods.close")}</Button>
        <FormMessage state={closeState} />
      </form>
    );
  }
  if (!mayReopen) return <FormMessage state={closeState} />;
  const errors = fieldErrorsOf(reopenState, "reason");
  return (
    <form action={reopenAction} onSubmit={keepInputOnSubmit(reopenAction)} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="periodId" value={periodId} />
      <div>
        <label htmlFor={`reason-${periodId}`} className="sr-only">{t("periods.reopenReason")}</label>
        <input
          id={`reason-${periodId}`}
          name="reason"
          placeholder={t("periods.reopenReason")}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? `reason-${periodId}-error` : undefined}
          className="rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <FieldError id={`reason-${periodId}-error`} errors={errors} />
      </div>
      <Button type="submit" variant="secondary" disabled={reopening}>{t("periods.reopen")}</Button>
      <FormMessage state={reopenState} />
    </form>
  );
}
