"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { CsvSourceFields, LineTable, PreviewAndSaveButtons, useImportPreview } from "@/components/ui/csv-import-fields";
import { FormMessage } from "@/components/ui/form-message";
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
  const { summary, text, setText } = useImportPreview<UserImportSummary>(state);
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <CsvSourceFields idPrefix="import" state={state} text={text} setText={setText}
        labels={{ file: t("userImport.file"), fileHint: t("userImport.fileHint"), text: t("userImport.text") }} />
      <FormMessage state={state} />
      {summary && (
        <div className="space-y-2" data-testid="import-summary">
          <p className="text-sm">{t("userImport.counts", { create: summary.create, update: summary.update, unchanged: summary.unchanged, invalid: summary.invalid })}</p>
          {summary.errors.length > 0 && (
            <LineTable caption={t("userImport.errorsCaption")} headers={[t("userImport.line"), t("userImport.field"), t("userImport.problem")]}
              rows={summary.errors.map((error) => [error.line, t(fieldLabels[error.field]), error.message])} />
          )}
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="skipInvalid" />
        {t("userImport.skipInvalid")}
      </label>
      <PreviewAndSaveButtons pending={pending} preview={t("userImport.preview")} save={t("userImport.save")} />
    </form>
  );
}
