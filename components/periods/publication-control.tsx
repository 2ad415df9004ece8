"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { publishDocumentAction, unpublishDocumentAction } from "@/lib/actions/publications";

/** Publish (every report approved) or unpublish a reporting date on the public site, each after confirmation. */
export function PublicationControl({ periodId, publishedOn, publishable }: { periodId: string; publishedOn: string | null; publishable: boolean }) {
  const t = useT();
  const [publishState, publishAction, publishing] = useActionState(publishDocumentAction, idleState);
  const [unpublishState, unpublishAction, unpublishing] = useActionState(unpublishDocumentAction, idleState);
  if (publishedOn !== null) {
    return (
      <form action={unpublishAction} onSubmit={keepInputOnSubmit(unpublishAction, () => window.confirm(t("periods.unpublishConfirm")))} className="space-y-1">
        <input type="hidden" name="periodId" value={periodId} />
        <div className="text-sm">{t("periods.publishedOn", { date: publishedOn })}</div>
        <Button type="submit" variant="secondary" disabled={unpublishing}>{t("periods.unpublish")}</Button>
        <FormMessage state={publishState.status === "success" ? publishState : unpublishState} />
      </form>
    );
  }
  return (
    <form action={publishAction} onSubmit={keepInputOnSubmit(publishAction, () => window.confirm(t("periods.publishConfirm")))} className="space-y-1">
      <input type="hidden" name="periodId" value={periodId} />
      <Button type="submit" variant="secondary" disabled={publishing || !publishable}>{t("periods.publish")}</Button>
      {!publishable && <div className="text-xs text-slate-600">{t("periods.notPublishable")}</div>}
      <FormMessage state={unpublishState.status === "success" ? unpublishState : publishState} />
    </form>
  );
}
