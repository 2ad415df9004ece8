"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { copyDocumentAction } from "@/lib/actions/issues";

export function CopyDocumentForm({ documentId, nextFiscalYear }: { documentId: string; nextFiscalYear: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(copyDocumentAction, idleState);
  const errors = fieldErrorsOf(state, "fiscalYear");
  return (
    <form
      action={action}
      onSubmit={keepInputOnSubmit(action, () => window.confirm(t("copy.confirm")))}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="font-bold">{t("copy.title")}</h2>
      <input type="hidden" name="documentId" value={documentId} />
      <label htmlFor="copy-fiscal-year" className="block text-sm">{t("copy.fiscalYear")}</label>
      <input
        id="copy-fiscal-year"
        name="fiscalYear"
        inputMode="numeric"
        defaultValue={nextFiscalYear}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? "copy-fiscal-year-error" : undefined}
        className="rounded border border-slate-300 px-2 py-1"
      />
      <FieldError id="copy-fiscal-year-error" errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("copy.submit")}</Button>
    </form>
  );
}
