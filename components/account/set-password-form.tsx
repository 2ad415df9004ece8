"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { idleState } from "@/lib/actions/form-state-values";
import { setPasswordAction } from "@/lib/actions/passwords";
import { NewPasswordFields } from "./new-password-fields";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(setPasswordAction, idleState);
  if (state.status === "success") {
    return (
      <div className="mt-6 space-y-4">
        <FormMessage state={state} />
        <PortalLink href="/login" className="inline-block text-blue-800 underline">{t("password.toLogin")}</PortalLink>
      </div>
    );
  }
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields state={state} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">{t("password.set")}</Button>
    </form>
  );
}
