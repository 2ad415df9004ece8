"use client";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { reviewProgressAction } from "@/lib/actions/progress";

/** A manager approves the report or returns it with a comment its authors will see. */
export function ReviewForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useT();
  const [state, action, pending] = useActionState(reviewProgressAction, idleState);
  const errors = fieldErrorsOf(state, "comment");
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-bold">{t("review.decision")}</h2>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor="review-comment" className="block text-sm font-medium">{t("review.comment")}</label>
      <textarea
        id="review-comment"
        name="comment"
        rows={4}
        maxLength={2000}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? "review-comment-error" : undefined}
        className="w-full rounded border border-slate-300 p-2"
      />
      <FieldError id="review-comment-error" errors={errors} />
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>{t("review.approve")}</Button>
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>{t("review.return")}</Button>
      </div>
    </form>
  );
}
