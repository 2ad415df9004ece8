"use server";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { type FormState, runCommand } from "./form-state";

const periodOf = (form: FormData) => () => ({ periodId: form.get("periodId") ?? undefined });

export async function publishDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(publishDocument, periodOf(form), "periods.published", "document.publish");
}

export async function unpublishDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(unpublishDocument, periodOf(form), "periods.unpublished", "document.publish");
}
