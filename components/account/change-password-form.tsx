"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/actions/form-state-values";
import { changePasswordAction } from "@/lib/actions/passwords";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField id="current" name="current" type="password" autoComplete="current-password" required
        label={t("password.current")} errors={fieldErrorsOf(state, "current")} />
      <NewPasswordFields state={state} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t("password.change")}</Button>
    </form>
  );
}
