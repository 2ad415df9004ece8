"use client";
import { type FormEvent, useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { userStatusAction } from "@/lib/actions/users";
import type { MessageKey } from "@/lib/i18n/messages";
import { PasswordLinkNotice } from "./password-link-notice";

const confirmations: Record<string, MessageKey> = {
  deactivate: "users.deactivateConfirm",
  delete: "users.deleteConfirm",
};

/** Deactivate or reactivate, delete (only a user without history), and make a one-time link. */
export function UserStatusControls({ userId, active, hasPassword, self }: { userId: string; active: boolean; hasPassword: boolean; self: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(userStatusAction, idleState);
  const confirmed = (event: FormEvent<HTMLFormElement>) => {
    const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? "";
    const key = confirmations[intent];
    return key === undefined || window.confirm(t(key));
  };
  const link = state.status === "success" ? (state.data as { link?: string } | undefined)?.link : undefined;
  if (self) return <p className="text-sm text-slate-600">{t("users.selfNote")}</p>;
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action, confirmed)} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-bold">{t("users.accountState")}</h2>
      <p className="text-sm">{active ? t("users.activeNote") : t("users.inactiveNote")}</p>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap gap-2">
        {active && <Button type="submit" name="intent" value="link" variant="secondary" disabled={pending}>{hasPassword ? t("users.resetLink") : t("users.inviteLink")}</Button>}
        {active
          ? <Button type="submit" name="intent" value="deactivate" variant="secondary" disabled={pending}>{t("users.deactivate")}</Button>
          : <Button type="submit" name="intent" value="reactivate" variant="secondary" disabled={pending}>{t("users.reactivate")}</Button>}
        <Button type="submit" name="intent" value="delete" variant="secondary" disabled={pending}>{t("users.delete")}</Button>
      </div>
      <FormMessage state={state} />
      {link && <PasswordLinkNotice link={link} />}
    </form>
  );
}
