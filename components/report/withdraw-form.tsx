"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { withdrawProgressAction } from "@/lib/actions/progress";

/**
 * The author takes a submission back until it is reviewed. Rendered for every
 * author of the issue, so its outcome stays shown once the report is a draft again.
 */
export function WithdrawForm({ reportId, version, mayWithdraw }: { reportId: string; version: number; mayWithdraw: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(withdrawProgressAction, idleState);
  if (!mayWithdraw) return <FormMessage state={state} />;
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action, () => window.confirm(t("report.withdrawConfirm")))} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">{t("report.withdrawHint")}</p>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("report.withdraw")}</Button>
    </form>
  );
}
