"use server";
import { createBureauFromTitle } from "@/lib/commands/import-bureau";
import { importDocument } from "@/lib/commands/import-document";
import { documentText } from "@/lib/documents/document-file";
import { PdfTextError } from "@/lib/documents/pdf-text";
import { importCorrectionsOf } from "@/lib/validation/import-form";
import { type FormState, InputRefusedError, runCommand } from "./form-state";

/**
 * The form's input, read only once the user is known to be allowed to import:
 * the text is the pasted or loaded text; when it is empty, an uploaded PDF's
 * extracted text (bounded in pages, length and time).
 */
async function importInput(form: FormData) {
  const file = form.get("file");
  let text = form.get("text");
  if ((typeof text !== "string" || text.trim() === "") && file instanceof File && file.size > 0) {
    text = await documentText(new Uint8Array(await file.arrayBuffer())).catch((error: unknown) => {
      throw new InputRefusedError("text", error instanceof PdfTextError ? `import.pdf.${error.reason}` : "import.fileError");
    });
  }
  const confirm = form.get("intent") === "save";
  return { bureauId: form.get("bureauId"), fiscalYear: form.get("fiscalYear"), text, corrections: importCorrectionsOf(form), confirm };
}

/** Preview and save share the command: only `confirm` differs. */
export async function importDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  let text: unknown;
  const input = async () => {
    const read = await importInput(form);
    text = read.text;
    return read;
  };
  const state = await runCommand(importDocument, input, form.get("intent") === "save" ? "import.saved" : "import.previewed", "document.import");
  // The extracted text goes back to the form, to be read and corrected there.
  return state.status === "success" ? { ...state, data: { ...(state.data as object), text } } : state;
}

/** The offer to create the bureau a document's title names: previewed, then created on the confirming submit. */
export async function createBureauFromTitleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const confirm = form.get("confirm") === "true";
  return runCommand(createBureauFromTitle, () => ({ code: form.get("code"), text: form.get("text"), confirm }), confirm ? "import.bureauCreated" : "organisation.confirmLead", "organisation.manage");
}
