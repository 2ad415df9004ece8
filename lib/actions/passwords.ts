"use server";
import { changeOwnPassword, setPasswordWithToken } from "@/lib/commands/passwords";
import { type FormState, runCommand, runPublicCommand } from "./form-state";

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

/** Opened from a one-time link, so there is no session: the token is the permission. */
export async function setPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ token: field(form, "token"), password: field(form, "password"), confirm: field(form, "confirm") });
  return runPublicCommand(setPasswordWithToken, input, "password.setDone");
}

export async function changePasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ current: field(form, "current"), password: field(form, "password"), confirm: field(form, "confirm") });
  return runCommand(changeOwnPassword, input, "password.changed", "account.password");
}
