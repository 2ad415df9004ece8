"use client";
import { useT } from "@/components/i18n-provider";
import { fieldErrorsOf } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";

/** The new password, typed twice, with the rules it must meet. */
export function NewPasswordFields({ state }: { state: FormState }) {
  const t = useT();
  return (
    <>
      <TextField id="password" name="password" type="password" autoComplete="new-password" required
        label={t("password.new")} hint={t("password.rules")} errors={fieldErrorsOf(state, "password")} />
      <TextField id="confirm" name="confirm" type="password" autoComplete="new-password" required
        label={t("password.confirm")} errors={fieldErrorsOf(state, "confirm")} />
    </>
  );
}
