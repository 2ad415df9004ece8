import { decodeCsvBytes } from "@/lib/csv/header-csv";
import type { MessageKey } from "@/lib/i18n/messages";
import { type FormState, InputRefusedError } from "./form-state";

// The CSV imports' forms (users, a plan's tree): a file to load, and a text
// area showing its text to be read and corrected before saving.

/**
 * The text to import: the form's, as corrected there; when empty, the uploaded
 * file's, decoded from UTF-8 or Shift_JIS. A file over `maxBytes` is refused
 * at the text field before it is read.
 */
export async function csvTextOf(form: FormData, maxBytes: number, tooLarge: MessageKey): Promise<string> {
  const typed = form.get("text");
  const file = form.get("file");
  const text = typeof typed === "string" ? typed : "";
  if (text.trim() !== "" || !(file instanceof File) || file.size === 0) return text;
  if (file.size > maxBytes) throw new InputRefusedError("text", tooLarge);
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()), maxBytes);
}

/** A preview's or save's outcome with the text it read, which goes back into the form. */
export const withCsvText = (state: FormState, text: string): FormState =>
  state.status === "success" ? { ...state, data: { ...(state.data as object), text } } : state;
