"use client";
import { useActionState, useEffect, useState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { saveProgressAction, submitProgressAction } from "@/lib/actions/progress";
import type { ReportSnapshot } from "@/lib/commands/report-access";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { PROGRESS_TEXT_MAX } from "@/lib/validation/progress-limits";
import { TextDiffView } from "./text-diff-view";

export interface ProgressEditorProps {
  reportId: string;
  version: number;
  progressText: string;
  status: ProgressStatus;
  previousText: string | null;
  previousLabel: string;
  /** `yardsticks`: the baseline, target and previous value, worded for the reader. */
  indicators: { id: string; name: string; unit: string; actual: number | null; yardsticks: string }[];
  milestones: { id: string; title: string; doneDate: string | null }[];
}

/**
 * Staff write ⑤ here. Inputs are controlled, so nothing typed is lost when a
 * save fails or conflicts; leaving with unsaved changes asks first.
 */
export function ProgressEditor(props: ProgressEditorProps) {
  const t = useT();
  // The version this editor's next save starts from: the newest of the page's,
  // our last successful save's, and one taken over after a conflict. Derived,
  // not copied in an effect, so a click right after a save never sends a stale one.
  const [rebasedVersion, setRebasedVersion] = useState(0);
  const [text, setText] = useState(props.progressText);
  const [status, setStatus] = useState<ProgressStatus>(props.status);
  const [actuals, setActuals] = useState(() => props.indicators.map((i) => (i.actual === null ? "" : String(i.actual))));
  const [doneDates, setDoneDates] = useState(() => props.milestones.map((m) => m.doneDate ?? ""));
  const [dirty, setDirty] = useState(false);
  const [saveState, saveAction, saving] = useActionState(saveProgressAction, idleState);
  const [submitState, submitAction, submitting] = useActionState(submitProgressAction, idleState);
  const conflict = saveState.status === "error" ? (saveState.conflict as ReportSnapshot | undefined) : undefined;
  const savedVersion = saveState.status === "success" ? (saveState.data as { version: number }).version : 0;
  const version = Math.max(props.version, savedVersion, rebasedVersion);
  // Submitting the previous report's words again needs the author to say so.
  const unchanged = props.previousText !== null && text.trim() === props.previousText.trim();

  useEffect(() => {
    if (saveState.status === "success") setDirty(false);
  }, [saveState]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    // Links inside the app navigate without unloading the page: ask on those too.
    const confirmLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (link && !window.confirm(t("form.unsavedChanges"))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", confirmLink, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLink, true);
    };
  }, [dirty, t]);

  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setDirty(true);
  };
  const textErrors = fieldErrorsOf(saveState, "progressText");

  return (
    <div className="space-y-6">
      <form action={saveAction} onSubmit={keepInputOnSubmit(saveAction)} className="space-y-4" aria-busy={saving}>
        <input type="hidden" name="reportId" value={props.reportId} />
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="previous-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
            <h2 id="previous-heading" className="mb-2 font-bold">{props.previousLabel}</h2>
            {props.previousText === null ? (
              <p className="text-slate-600">{t("report.noPrevious")}</p>
            ) : (
              <p className="whitespace-pre-line leading-relaxed" data-testid="previous-text">{props.previousText}</p>
            )}
          </section>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <label htmlFor="progressText" className="mb-2 block font-bold">{t("report.progressText")}</label>
            <textarea
              id="progressText"
              name="progressText"
              value={text}
              onChange={(e) => edit(setText)(e.target.value)}
              rows={12}
              maxLength={PROGRESS_TEXT_MAX}
              aria-invalid={textErrors.length > 0}
              aria-describedby={textErrors.length > 0 ? "progressText-error" : undefined}
              className="w-full rounded border border-slate-300 p-2 leading-relaxed"
            />
            <FieldError id="progressText-error" errors={textErrors} />
            <p className="text-right text-xs text-slate-600">{text.length} / {PROGRESS_TEXT_MAX}</p>
          </div>
        </div>

        {props.previousText !== null && (
          <section aria-labelledby="diff-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="diff-heading" className="mb-2 font-bold">{t("report.diff")}</h2>
            <TextDiffView before={props.previousText} after={text} labels={{ added: t("report.diffAdded"), removed: t("report.diffRemoved") }} />
          </section>
        )}

        {conflict && (
          <section aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="conflict">
            <h2 id="conflict-heading" className="font-bold">{t("form.conflict")}</h2>
            <div className="mt-3 grid gap-4 lg:grid-cols-2">
              <div>
                <h3 className="font-semibold">{t("report.currentVersion")} — {t("report.version", { version: conflict.version })}</h3>
                <p className="whitespace-pre-line rounded bg-white p-2" data-testid="conflict-current">{conflict.progressText}</p>
              </div>
              <div>
                <h3 className="font-semibold">{t("report.yourVersion")}</h3>
                <p className="whitespace-pre-line rounded bg-white p-2">{text}</p>
              </div>
            </div>
            <Button type="button" variant="secondary" className="mt-3" onClick={() => setRebasedVersion(conflict.version)} disabled={version === conflict.version}>
              {t("report.rebase", { version: conflict.version })}
            </Button>
          </section>
        )}

        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
          <label className="flex flex-col gap-1">
            <span className="font-bold">{t("report.status")}</span>
            <select name="status" value={status} onChange={(e) => edit(setStatus)(e.target.value as ProgressStatus)} className="rounded border border-slate-300 px-2 py-1">
              {Object.values(ProgressStatus).map((option) => <option key={option} value={option}>{t(`status.${option}`)}</option>)}
            </select>
          </label>
          {props.indicators.map((indicator, index) => {
            const errors = fieldErrorsOf(saveState, `indicators.${index}.actual`);
            return (
              <div key={indicator.id} className="flex flex-col gap-1">
                <label htmlFor={`indicator-${indicator.id}`} className="font-bold">{t("report.indicatorActual", { name: indicator.name, unit: indicator.unit })}</label>
                <input
                  id={`indicator-${indicator.id}`}
                  name={`indicator:${indicator.id}`}
                  inputMode="decimal"
                  value={actuals[index]}
                  onChange={(e) => edit(setActuals)(actuals.map((v, i) => (i === index ? e.target.value : v)))}
                  aria-invalid={errors.length > 0}
                  aria-describedby={[`indicator-${indicator.id}-yardsticks`, ...(errors.length > 0 ? [`indicator-${indicator.id}-error`] : [])].join(" ")}
                  className="rounded border border-slate-300 px-2 py-1"
                />
                <p id={`indicator-${indicator.id}-yardsticks`} className="text-sm text-slate-700" data-testid="indicator-yardsticks">{indicator.yardsticks}</p>
                <FieldError id={`indicator-${indicator.id}-error`} errors={errors} />
              </div>
            );
          })}
          {props.milestones.map((milestone, index) => (
            <label key={milestone.id} className="flex flex-col gap-1">
              <span className="font-bold">{t("report.milestoneDone", { title: milestone.title })}</span>
              <input
                type="date"
                name={`milestone:${milestone.id}`}
                value={doneDates[index]}
                onChange={(e) => edit(setDoneDates)(doneDates.map((v, i) => (i === index ? e.target.value : v)))}
                className="rounded border border-slate-300 px-2 py-1"
              />
              <FieldError id={`milestone-${milestone.id}-error`} errors={fieldErrorsOf(saveState, `milestones.${index}.doneDate`)} />
            </label>
          ))}
        </div>

        <FormMessage state={saveState} />
        <Button type="submit" disabled={saving}>{saving ? t("form.saving") : t("report.saveDraft")}</Button>
      </form>

      <form
        action={submitAction}
        onSubmit={keepInputOnSubmit(submitAction, () => window.confirm(t("report.submitConfirm")))}
        className="space-y-2 border-t border-slate-200 pt-4"
      >
        <input type="hidden" name="reportId" value={props.reportId} />
        <input type="hidden" name="version" value={version} />
        <FormMessage state={submitState} />
        {dirty && <p className="text-sm text-slate-600">{t("report.saveFirst")}</p>}
        {unchanged && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirmUnchanged" value="true" required className="mt-1" />
            <span>{t("report.confirmUnchanged")}</span>
          </label>
        )}
        <Button type="submit" variant="secondary" disabled={dirty || saving || submitting}>{t("report.submit")}</Button>
      </form>
    </div>
  );
}
