"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useActionState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { reviewProgressAction } from "@/lib/actions/progress";

export interface NextReview {
  reportId: string;
  label: string;
}

/**
 * A manager approves the report (after confirming) or returns it with a
 * comment its authors will see. Rendered for every reviewer of the issue, so
 * after a decision it stays to say so and to lead to the next waiting report.
 */
export function ReviewForm({ reportId, version, mayReview, next }: { reportId: string; version: number; mayReview: boolean; next: NextReview | null }) {
  const t = useT();
  const [state, action, pending] = useActionState(reviewProgressAction, idleState);
  const errors = fieldErrorsOf(state, "comment");
  if (!mayReview) {
    if (state.status !== "success") return null;
    return (
      <section aria-labelledby="review-done" className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-4" data-testid="review-done">
        <h2 id="review-done" className="sr-only">{t("review.decision")}</h2>
        <FormMessage state={state} />
        {next ? (
          <p><PortalLink href={`/reports/${next.reportId}`} className="font-medium text-blue-800 hover:underline">{t("review.next", { label: next.label })}</PortalLink></p>
        ) : (
          <p>{t("review.noNext")} <PortalLink href="/review" className="text-blue-800 hover:underline">{t("review.title")}</PortalLink></p>
        )}
      </section>
    );
  }
  // Returning needs no confirmation (it needs a comment instead); approving settles the report.
  const confirmApprove = (event: React.FormEvent<HTMLFormElement>) =>
    ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== "approve" || window.confirm(t("review.approveConfirm"));
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action, confirmApprove)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
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
