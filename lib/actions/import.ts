"use server";
import { importDocument } from "@/lib/commands/import-document";
import { type FormState, runCommand } from "./form-state";

/** Preview and save share the command: only `confirm` differs. */
export async function importDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const confirm = form.get("intent") === "save";
  const input = { bureauId: form.get("bureauId"), fiscalYear: form.get("fiscalYear"), text: form.get("text"), confirm };
  return runCommand(importDocument, input, confirm ? "import.saved" : "import.previewed");
}
