"use client";
import { useActionState, useEffect, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { importUsersAction } from "@/lib/actions/user-import";
import type { UserImportSummary } from "@/lib/commands/user-import";

const fieldLabels = { name: "users.name", email: "users.email", role: "users.role", bureau: "users.bureau", section: "users.section", line: "userImport.line" } as const;

/**
 * Load an HR CSV, read the preview (what would be created or changed, every
 * error by its line), correct the text here if need be, then save.
 */
export function UserImportForm() {
  const t = useT();
  const [state, action, pending] = useActionState(importUsersAction, idleState);
  const [text, setText] = useState("");
  const summary = state.status === "success" ? (state.data as UserImportSummary & { text: string }) : null;
  // A loaded file's text comes back from the preview, to be corrected in place.
  useEffect(() => {
    if (summary) setText(summary.text);
  }, [summary]);
  const textErrors = fieldErrorsOf(state, "text");
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium">{t("userImport.file")}</label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" className="text-sm" aria-describedby="import-file-hint"
          onChange={() => setText("")} />
        <p id="import-file-hint" className="text-xs text-slate-600">{t("userImport.fileHint")}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-text" className="text-sm font-medium">{t("userImport.text")}</label>
        <textarea id="import-text" name="text" rows={10} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false}
          className="rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          aria-invalid={textErrors.length > 0} aria-describedby={textErrors.length > 0 ? "import-text-error" : undefined} />
        <FieldError id="import-text-error" errors={textErrors} />
      </div>
      <FormMessage state={state} />
      {summary && (
        <div className="space-y-2" data-testid="import-summary">
          <p className="text-sm">{t("userImport.counts", { create: summary.create, update: summary.update, unchanged: summary.unchanged, invalid: summary.invalid })}</p>
          {summary.errors.length > 0 && (
            <table className="w-full text-left text-sm">
              <caption className="text-left font-medium">{t("userImport.errorsCaption")}</caption>
              <thead><tr><th scope="col" className="pr-4">{t("userImport.line")}</th><th scope="col" className="pr-4">{t("userImport.field")}</th><th scope="col">{t("userImport.problem")}</th></tr></thead>
              <tbody>
                {summary.errors.map((error, index) => (
                  <tr key={index} className="border-t border-slate-200">
                    <td className="pr-4">{error.line}</td>
                    <td className="pr-4">{t(fieldLabels[error.field])}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="skipInvalid" />
        {t("userImport.skipInvalid")}
      </label>
      <div className="flex gap-3">
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>{t("userImport.preview")}</Button>
        <Button type="submit" name="intent" value="save" disabled={pending}>{t("userImport.save")}</Button>
      </div>
    </form>
  );
}
