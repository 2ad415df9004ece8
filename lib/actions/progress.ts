"use server";
import { reviewProgress, saveProgressDraft, submitProgress, withdrawProgress } from "@/lib/commands/progress";
import { type FormState, runCommand } from "./form-state";

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

/** The editor names indicator inputs "indicator:<id>" and milestone inputs "milestone:<id>". */
function progressInput(form: FormData) {
  const keyed = (prefix: string) =>
    [...form.keys()].filter((key) => key.startsWith(prefix)).map((key) => [key.slice(prefix.length), String(form.get(key))] as const);
  return {
    reportId: field(form, "reportId"),
    version: field(form, "version"),
    progressText: field(form, "progressText"),
    status: field(form, "status"),
    indicators: keyed("indicator:").map(([indicatorId, actual]) => ({ indicatorId, actual })),
    milestones: keyed("milestone:").map(([milestoneId, doneDate]) => ({ milestoneId, doneDate })),
  };
}

export async function saveProgressAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(saveProgressDraft, () => progressInput(form), "form.saved", "progress.edit");
}

export async function submitProgressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ reportId: field(form, "reportId"), version: field(form, "version"), confirmUnchanged: field(form, "confirmUnchanged") });
  return runCommand(submitProgress, input, "report.submitted", "progress.edit");
}

export async function withdrawProgressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ reportId: field(form, "reportId"), version: field(form, "version") });
  return runCommand(withdrawProgress, input, "report.withdrawn", "progress.withdraw");
}

export async function reviewProgressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const decision = field(form, "decision");
  const input = () => ({ reportId: field(form, "reportId"), version: field(form, "version"), decision, comment: field(form, "comment") });
  return runCommand(reviewProgress, input, decision === "approve" ? "review.approved" : "review.returned", "progress.review");
}
