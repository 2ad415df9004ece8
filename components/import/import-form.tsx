"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-state";
import { idleState } from "@/lib/actions/form-state-values";
import { importDocumentAction } from "@/lib/actions/import";
import type { ImportResult } from "@/lib/commands/import-document";
import { ImportPreview } from "./import-preview";

const formId = "import-form";

/**
 * Paste or choose the text (or a PDF, read in the server), preview what it
 * becomes, correct it in the preview, then save. Neither the text nor the
 * corrections are lost when a preview or a save fails.
 */
export function ImportForm({ bureaus, defaultFiscalYear }: { bureaus: { id: string; name: string }[]; defaultFiscalYear: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(importDocumentAction, idleState);
  // Controlled, like the text: React resets a form's uncontrolled fields after each action.
  const [bureauId, setBureauId] = useState(bureaus[0]?.id ?? "");
  const [fiscalYear, setFiscalYear] = useState(String(defaultFiscalYear));
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [pdfChosen, setPdfChosen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textErrors = fieldErrorsOf(state, "text");

  // A new preview replaces the last one (and its correction fields) in the
  // same render as the action's result, so no stale field is ever shown; a
  // failed action leaves it, with what the user typed, in place.
  const [shown, setShown] = useState<{ state: FormState; preview: { result: ImportResult; serial: number } | null }>({ state: idleState, preview: null });
  if (shown.state !== state) {
    const result = state.status === "success" ? (state.data as ImportResult & { text: string }) : null;
    setShown({ state, preview: result ? { result, serial: (shown.preview?.serial ?? 0) + 1 } : shown.preview });
    if (result && pdfChosen) {
      setText(result.text);
      setPdfChosen(false);
    }
  }
  const preview = shown.preview;

  // The PDF has been read: the text field now holds its text, so the file is not sent again.
  useEffect(() => {
    if (!pdfChosen && fileInput.current?.files?.[0]?.name.toLowerCase().endsWith(".pdf") && text) fileInput.current.value = "";
  }, [pdfChosen, text]);

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setFileError(null);
    if (file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf")) {
      // The server reads a PDF's text at preview time; the text then shows here.
      setPdfChosen(true);
      setText("");
      return;
    }
    try {
      setText(await file.text());
      setPdfChosen(false);
      if (fileInput.current) fileInput.current.value = "";
    } catch {
      setFileError(t("import.fileError"));
    }
  }

  const result = preview?.result ?? null;
  return (
    <div className="space-y-4">
      <form id={formId} action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap gap-4">
          <label className="flex flex-col gap-1 text-sm">
            {t("import.bureau")}
            <select name="bureauId" value={bureauId} onChange={(e) => setBureauId(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
              {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("import.fiscalYear")}
            <input name="fiscalYear" inputMode="numeric" value={fiscalYear} onChange={(e) => setFiscalYear(e.target.value)} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("import.file")}
            <input ref={fileInput} type="file" name="file" accept=".txt,.pdf,text/plain,application/pdf" onChange={(e) => chooseFile(e.target.files?.[0])} className="text-sm" />
          </label>
        </div>
        <FieldError id="import-file-error" errors={fileError ? [fileError] : []} />
        {pdfChosen && <p className="text-sm text-slate-700" role="status">{t("import.pdfChosen")}</p>}
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
          <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>{result ? t("import.previewAgain") : t("import.preview")}</Button>
          {result && !result.saved && (
            <Button
              type="submit"
              name="intent"
              value="save"
              disabled={pending || result.problems.length > 0}
              onClick={(event) => {
                if (!window.confirm(t("import.saveConfirm"))) event.preventDefault();
              }}
            >
              {t("import.save")}
            </Button>
          )}
        </div>
      </form>
      {preview && <ImportPreview key={preview.serial} result={preview.result} formId={formId} state={state} />}
    </div>
  );
}
