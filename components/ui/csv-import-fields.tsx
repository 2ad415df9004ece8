"use client";
import { useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FieldError, fieldErrorsOf } from "./form-message";

// The CSV imports' shared parts (users, a plan's tree): the file or text to
// import, the text coming back from a preview to be corrected in place, and the
// table of problems by line.

/** The preview's summary (a success's data, with the text it read) and the text area's state, refilled by each preview. */
export function useImportPreview<S>(state: FormState) {
  const [text, setText] = useState("");
  const summary = state.status === "success" ? (state.data as S & { text: string }) : null;
  useEffect(() => {
    if (summary) setText(summary.text);
  }, [summary]);
  return { summary, text, setText };
}

export function CsvSourceFields({ idPrefix, state, text, setText, labels, rows = 10 }: {
  idPrefix: string;
  state: FormState;
  text: string;
  setText: (text: string) => void;
  labels: { file: string; fileHint: string; text: string };
  rows?: number;
}) {
  const errors = fieldErrorsOf(state, "text");
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-file`} className="text-sm font-medium">{labels.file}</label>
        <input id={`${idPrefix}-file`} name="file" type="file" accept=".csv,text/csv" className="text-sm" aria-describedby={`${idPrefix}-file-hint`}
          onChange={() => setText("")} />
        <p id={`${idPrefix}-file-hint`} className="text-xs text-slate-600">{labels.fileHint}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-text`} className="text-sm font-medium">{labels.text}</label>
        <textarea id={`${idPrefix}-text`} name="text" rows={rows} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false}
          className="rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          aria-invalid={errors.length > 0} aria-describedby={errors.length > 0 ? `${idPrefix}-text-error` : undefined} />
        <FieldError id={`${idPrefix}-text-error`} errors={errors} />
      </div>
    </>
  );
}

/** A three-column table (line, column or field, text), e.g. every problem by its line. */
export function LineTable({ caption, headers, rows }: { caption: string; headers: readonly [string, string, string]; rows: readonly (readonly [number, string, string])[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead><tr><th scope="col" className="pr-4">{headers[0]}</th><th scope="col" className="pr-4">{headers[1]}</th><th scope="col">{headers[2]}</th></tr></thead>
      <tbody>
        {rows.map(([line, second, third], index) => (
          <tr key={index} className="border-t border-slate-200">
            <td className="pr-4">{line}</td>
            <td className="pr-4">{second}</td>
            <td>{third}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Check (a preview, nothing saved) and import: one form, told apart by `intent`. */
export function PreviewAndSaveButtons({ pending, preview, save }: { pending: boolean; preview: string; save: string }) {
  return (
    <div className="flex gap-3">
      <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>{preview}</Button>
      <Button type="submit" name="intent" value="save" disabled={pending}>{save}</Button>
    </div>
  );
}
