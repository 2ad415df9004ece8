"use server";
import { copyDocument, updateIssueDetails, updateIssueText } from "@/lib/commands/issues";
import { type FormState, runCommand } from "./form-state";

const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));

export async function updateIssueTextAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => fields(form, ["issueId", "version", "name", "matrixTitle", "summaryBullets", "content", "background", "measuresHeading", "measures"]);
  return runCommand(updateIssueText, input, "issueEdit.saved", "issue.edit");
}

export async function copyDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(copyDocument, () => fields(form, ["documentId", "fiscalYear"]), "copy.done", "document.copy");
}

export async function updateIssueDetailsAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(updateIssueDetails, () => fields(form, ["issueId", "version", "details"]), "issueDetails.saved", "issue.edit");
}
