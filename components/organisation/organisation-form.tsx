"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";
import { idleState } from "@/lib/actions/form-state-values";

export interface OrgField {
  name: string;
  label: string;
  defaultValue?: string | number;
  /** A select's options (value, label); a text field without them. */
  options?: { value: string; label: string }[];
  inputMode?: "numeric";
}

/**
 * One small form of the organisation page (a bureau's or section's fields), with its
 * outcome and each field's error beside it. `idPrefix` keeps the ids of the many forms apart.
 */
export function OrganisationForm({ action, idPrefix, hidden, fields, submitLabel, legend }: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  idPrefix: string;
  hidden?: Record<string, string>;
  fields: OrgField[];
  submitLabel: string;
  legend: string;
}) {
  const t = useT();
  const [state, dispatch, pending] = useActionState(action, idleState);
  return (
    <form action={dispatch} onSubmit={keepInputOnSubmit(dispatch)} aria-label={legend} className="space-y-2">
      {Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex flex-wrap items-end gap-3">
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          const errors = fieldErrorsOf(state, field.name);
          if (!field.options) {
            return <TextField key={field.name} id={id} name={field.name} label={field.label} defaultValue={field.defaultValue} inputMode={field.inputMode} errors={errors} />;
          }
          return (
            <div key={field.name} className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm font-medium">{field.label}</label>
              <select id={id} name={field.name} defaultValue={field.defaultValue} className="rounded border border-slate-300 bg-white px-2 py-1"
                aria-invalid={errors.length > 0} aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
                {field.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
              </select>
              <FieldError id={`${id}-error`} errors={errors} />
            </div>
          );
        })}
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? t("organisation.saving") : submitLabel}</Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
