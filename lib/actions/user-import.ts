"use server";
import { importUsers } from "@/lib/commands/user-import";
import { HR_CSV_MAX_BYTES } from "@/lib/users-import/hr-csv";
import { csvTextOf, withCsvText } from "./csv-upload";
import { type FormState, runCommand } from "./form-state";

/** Preview and save share the command (only `confirm` differs); the text read goes back to the form. */
export async function importUsersAction(_previous: FormState, form: FormData): Promise<FormState> {
  let text = "";
  const input = async () => {
    text = await csvTextOf(form, HR_CSV_MAX_BYTES, "userImport.error.tooLarge");
    return { text, confirm: form.get("intent") === "save", skipInvalid: form.get("skipInvalid") === "on" };
  };
  const saving = form.get("intent") === "save";
  return withCsvText(await runCommand(importUsers, input, saving ? "userImport.saved" : "userImport.previewed", "user.import"), text);
}
