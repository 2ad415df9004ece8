"use server";
import { importDocument } from "@/lib/commands/import-document";
import { documentText } from "@/lib/documents/document-file";
import { type FormState, runCommand } from "./form-state";

/**
 * The preview's corrections arrive as fields named "fix:<field>" (title,
 * mission, reportingDate) and "fix:<code>:<field>" (one issue's field).
 */
function correctionsOf(form: FormData) {
  const corrections: { issues: Record<string, Record<string, string>> } & Record<string, unknown> = { issues: {} };
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || !name.startsWith("fix:")) continue;
    const [, first, second] = name.split(":");
    if (second === undefined) corrections[first!] = value;
    else (corrections.issues[first!] ??= {})[second] = value;
  }
  return corrections;
}

/**
 * Preview and save share the command: only `confirm` differs. The text is the
 * pasted or loaded text; when it is empty, an uploaded PDF's extracted text.
 */
export async function importDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const confirm = form.get("intent") === "save";
  const file = form.get("file");
  let text = form.get("text");
  if ((typeof text !== "string" || text.trim() === "") && file instanceof File && file.size > 0) {
    text = await documentText(new Uint8Array(await file.arrayBuffer())).catch(() => "");
  }
  const input = { bureauId: form.get("bureauId"), fiscalYear: form.get("fiscalYear"), text, corrections: correctionsOf(form), confirm };
  const state = await runCommand(importDocument, input, confirm ? "import.saved" : "import.previewed");
  // The extracted text goes back to the form, to be read and corrected there.
  return state.status === "success" ? { ...state, data: { ...(state.data as object), text } } : state;
}
