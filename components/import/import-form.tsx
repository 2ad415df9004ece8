"use client";
import { useActionState, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { importDocumentAction } from "@/lib/actions/import";
import type { ImportResult } from "@/lib/commands/import-document";
import { ImportPreview } from "./import-preview";

/** Paste or choose the text, preview what it becomes, then save. The text stays in the form throughout. */
export function ImportForm({ bureaus, defaultFiscalYear }: { bureaus: { id: string; name: string }[]; defaultFiscalYear: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(importDocumentAction, idleState);
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const result = state.status === "success" ? (state.data as ImportResult) : null;
  const textErrors = fieldErrorsOf(state, "text");

  async function readFile(file: File | undefined) {
    if (!file) return;
    try {
      setText(await file.text());
      setFileError(null);
    } catch {
      setFileError(t("import.fileError"));
    }
  }

  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap gap-4">
          <label className="flex flex-col gap-1 text-sm">
            {t("import.bureau")}
            <select name="bureauId" className="rounded border border-slate-300 px-2 py-1">
              {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("import.fiscalYear")}
            <input name="fiscalYear" inputMode="numeric" defaultValue={defaultFiscalYear} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("import.file")}
            <input type="file" accept=".txt,text/plain" onChange={(e) => readFile(e.target.files?.[0])} className="text-sm" />
          </label>
        </div>
        <FieldError id="import-file-error" errors={fileError ? [fileError] : []} />
        <label htmlFor="import-text" className="block text-sm font-medium">{t("import.text")}</label>
        <textarea
          id="import-text"
          name="text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={textErrors.length > 0}
          aria-describedby={textErrors.length > 0 ? "import-text-error" : undefined}
          className="w-full rounded border border-slate-300 p-2 font-mono text-xs"
        />
        <FieldError id="import-text-error" errors={textErrors} />
        <FormMessage state={state} />
        <div className="flex gap-2">
          <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>{t("import.preview")}</Button>
          {result && !result.saved && (
            <Button
              type="submit"
              name="intent"
              value="save"
              disabled={pending}
              onClick={(event) => {
                if (!window.confirm(t("import.saveConfirm"))) event.preventDefault();
              }}
            >
              {t("import.save")}
            </Button>
          )}
        </div>
      </form>
      {result && <ImportPreview result={result} />}
    </div>
  );
}
