"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { generateBriefingAction } from "@/lib/actions/briefing-books";
import { idleState } from "@/lib/actions/form-state-values";

/** Makes a new version of the period's briefing book now (the earlier ones stay). */
export function GenerateBriefingForm({ periodId }: { periodId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(generateBriefingAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="periodId" value={periodId} />
      <Button type="submit" disabled={pending}>{pending ? t("briefing.generating") : t("briefing.generate")}</Button>
      <FormMessage state={state} />
    </form>
  );
}
