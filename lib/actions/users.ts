"use server";
import { redirect } from "next/navigation";
import { passwordLink } from "@/lib/auth/password-tokens";
import { createUser, deactivateUser, deleteUser, issuePasswordLink, reactivateUser, updateUser } from "@/lib/commands/users";
import { getTranslator } from "@/lib/i18n/server";
import { type FormState, runCommand } from "./form-state";

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

/** The account fields of the user form; extra sections come as repeated checkboxes. */
const userFields = (form: FormData) => ({
  name: field(form, "name"),
  email: field(form, "email"),
  role: field(form, "role"),
  bureauId: field(form, "bureauId"),
  sectionId: field(form, "sectionId"),
  coEditSectionIds: form.getAll("coEditSectionIds"),
});

/** The command hands back the token once; the form shows it as a link (and only there). */
function withLink(state: FormState): FormState {
  if (state.status !== "success") return state;
  const { token, ...data } = state.data as { token: string; userId: string };
  return { ...state, data: { ...data, link: passwordLink(token) } };
}

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  return withLink(await runCommand(createUser, () => userFields(form), "users.created", "user.manage"));
}

export async function updateUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(updateUser, () => ({ userId: field(form, "userId"), ...userFields(form) }), "form.saved", "user.manage");
}

/** The status buttons of a user's page share one form: `intent` says which was pressed. */
export async function userStatusAction(_previous: FormState, form: FormData): Promise<FormState> {
  // Admins and a bureau's managers: `user.manage` is the gate; the command checks the account.
  const input = () => ({ userId: field(form, "userId") });
  switch (form.get("intent")) {
    case "deactivate": return runCommand(deactivateUser, input, "users.deactivated", "user.manage");
    case "reactivate": return runCommand(reactivateUser, input, "users.reactivated", "user.manage");
    case "delete": {
      const state = await runCommand(deleteUser, input, "users.deleted", "user.manage");
      // The account's page is gone: back to the list.
      if (state.status === "success") redirect("/admin/users?deleted=1");
      return state;
    }
    case "link": return withLink(await runCommand(issuePasswordLink, input, "users.linkIssued", "user.manage"));
    default: return { status: "error", message: (await getTranslator()).t("form.invalid"), fieldErrors: {} };
  }
}
