"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";
import { idleState } from "@/lib/actions/form-state-values";
import type { MessageKey } from "@/lib/i18n/messages";

export interface OrgField {
  name: string;
  label: string;
  defaultValue?: string | number;
  /** A select's options (value, label); a text field without them. */
  options?: { value: string; label: string }[];
  inputMode?: "numeric";
  /** A text area (a pasted document) instead of a one-line field. */
  multiline?: boolean;
  /** With options: check boxes (any number chosen) instead of a select. */
  multiple?: boolean;
}

/** A step that changes or hides much (merge, move, deactivate): the first submit previews, a second one confirms. */
export interface ConfirmStep {
  /** Shown with the preview's figures ({issues}, {users}, {name}, {code}). */
  summaryKey: MessageKey;
  label: string;
}

const previewOf = (state: FormState) =>
  state.status === "success" && typeof state.data === "object" && state.data !== null && "done" in state.data && state.data.done === false
    ? new Map(Object.entries(state.data).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"))
    : null;

/**
 * One small form of the organisation page (a bureau's or section's fields), with its
 * outcome and each field's error beside it. `idPrefix` keeps the ids of the many forms apart.
 */
export function OrganisationForm({ action, idPrefix, hidden, fields, submitLabel, legend, confirm }: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  idPrefix: string;
  hidden?: Record<string, string>;
  fields: OrgField[];
  submitLabel: string;
  legend: string;
  confirm?: ConfirmStep;
}) {
  const t = useT();
  const [state, dispatch, pending] = useActionState(action, idleState);
  const preview = confirm ? previewOf(state) : null;
  return (
    <form action={dispatch} onSubmit={keepInputOnSubmit(dispatch)} aria-label={legend} className="space-y-2">
      {Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex flex-wrap items-end gap-3">
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          const errors = fieldErrorsOf(state, field.name);
          if (field.multiline) {
            return (
              <div key={field.name} className="flex w-full flex-col gap-1">
                <label htmlFor={id} className="text-sm font-medium">{field.label}</label>
                <textarea id={id} name={field.name} rows={3} defaultValue={field.defaultValue} className="rounded border border-slate-300 px-2 py-1"
                  aria-invalid={errors.length > 0} aria-describedby={errors.length > 0 ? `${id}-error` : undefined} />
                <FieldError id={`${id}-error`} errors={errors} />
              </div>
            );
          }
          if (field.options && field.multiple) {
            return (
              <fieldset key={field.name} className="flex w-full flex-col gap-1" aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
                <legend className="text-sm font-medium">{field.label}</legend>
                {field.options.map((option) => (
                  <label key={option.value} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={field.name} value={option.value} />{option.label}
                  </label>
                ))}
                <FieldError id={`${id}-error`} errors={errors} />
              </fieldset>
            );
          }
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
      {confirm && preview && (
        <div className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 p-2">
          <p className="text-sm">{t(confirm.summaryKey, Object.fromEntries(preview))}</p>
          <Button type="submit" name="confirm" value="true" disabled={pending}>{confirm.label}</Button>
        </div>
      )}
    </form>
  );
}
