"use server";
import { generateBriefing } from "@/lib/commands/briefing-books";
import { type FormState, runCommand } from "./form-state";

export async function generateBriefingAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(generateBriefing, () => ({ periodId: form.get("periodId") ?? undefined }), "briefing.generated", "briefing.generate");
}
