"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { updateIssueTextAction } from "@/lib/actions/issues";
import type { IssueText } from "@/lib/documents/issue-text";
import type { MessageKey } from "@/lib/i18n/messages";


const fields: { name: keyof IssueText; label: MessageKey; rows: number }[] = [
  { name: "name", label: "issue.name", rows: 1 },
  { name: "matrixTitle", label: "issueEdit.matrixTitle", rows: 1 },
  { name: "summaryBullets", label: "issueEdit.summaryBullets", rows: 3 },
  { name: "content", label: "issue.content", rows: 5 },
  { name: "background", label: "issue.background", rows: 6 },
  { name: "measuresHeading", label: "issueEdit.measuresHeading", rows: 1 },
  { name: "measures", label: "issue.measures", rows: 6 },
];

/** Managers edit ①–④; the form keeps what was typed after any failure (see keepInputOnSubmit). */
export function IssueTextForm({ issueId, version, values }: { issueId: string; version: number; values: IssueText }) {
  const t = useT();
  const [state, action, pending] = useActionState(updateIssueTextAction, idleState);
  // The details form on the same page also makes versions: take the newest known.
  const currentVersion = Math.max(version, state.status === "success" ? (state.data as { version: number }).version : 0);
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="version" value={currentVersion} />
      {fields.map((field) => {
        const errors = fieldErrorsOf(state, field.name);
        const value = field.name === "summaryBullets" ? values.summaryBullets.join("\n") : values[field.name];
        const id = `issue-${field.name}`;
        const common = {
          id,
          name: field.name,
          defaultValue: value,
          "aria-invalid": errors.length > 0,
          "aria-describedby": errors.length > 0 ? `${id}-error` : undefined,
          className: "w-full rounded border border-slate-300 p-2",
        };
        return (
          <div key={field.name}>
            <label htmlFor={id} className="mb-1 block font-bold">{t(field.label, { heading: values.measuresHeading })}</label>
            {field.rows === 1 ? <input {...common} /> : <textarea {...common} rows={field.rows} />}
            <FieldError id={`${id}-error`} errors={errors} />
          </div>
        );
      })}
      {state.status === "error" && state.conflict !== undefined ? (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("issueEdit.conflict")}</p>
      ) : (
        <FormMessage state={state} />
      )}
      <Button type="submit" disabled={pending}>{t("issueEdit.save")}</Button>
    </form>
  );
}
