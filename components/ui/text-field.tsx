import type { InputHTMLAttributes } from "react";
import { FieldError } from "./form-message";

/** A labelled input with its errors tied to it (aria-describedby) and an optional hint. */
export function TextField({ id, label, errors = [], hint, ...input }: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : "", errors.length > 0 ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <input id={id} aria-invalid={errors.length > 0} aria-describedby={describedBy || undefined}
        className="rounded border border-slate-300 px-2 py-1" {...input} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
