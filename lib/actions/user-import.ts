"use server";
import { importUsers } from "@/lib/commands/user-import";
import { decodeHrCsv, HrCsvRefused } from "@/lib/users-import/hr-csv";
import { type FormState, InputRefusedError, runCommand } from "./form-state";

/**
 * Preview and save share the command (only `confirm` differs). The text is the
 * form's, as corrected there; when empty, the uploaded file's, decoded from
 * UTF-8 or Shift_JIS. It goes back to the form, to be read and corrected.
 */
export async function importUsersAction(_previous: FormState, form: FormData): Promise<FormState> {
  let text = "";
  const input = async () => {
    const typed = form.get("text");
    const file = form.get("file");
    text = typeof typed === "string" ? typed : "";
    if (text.trim() === "" && file instanceof File && file.size > 0) {
      try {
        text = decodeHrCsv(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        if (error instanceof HrCsvRefused) throw new InputRefusedError("text", "userImport.error.tooLarge");
        throw error;
      }
    }
    return { text, confirm: form.get("intent") === "save", skipInvalid: form.get("skipInvalid") === "on" };
  };
  const saving = form.get("intent") === "save";
  const state = await runCommand(importUsers, input, saving ? "userImport.saved" : "userImport.previewed", "user.import");
  return state.status === "success" ? { ...state, data: { ...(state.data as object), text } } : state;
}
