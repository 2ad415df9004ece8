"use server";
import { changeDeadline, closePeriod, openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { type FormState, runCommand } from "./form-state";

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export async function openPeriodAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ bureauId: field(form, "bureauId"), asOfDate: field(form, "asOfDate"), deadline: field(form, "deadline"), reminderDays: field(form, "reminderDays") });
  return runCommand(openPeriod, input, "periods.opened", "period.manage");
}

export async function changeDeadlineAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({ periodId: field(form, "periodId"), deadline: field(form, "deadline"), reminderDays: field(form, "reminderDays") });
  return runCommand(changeDeadline, input, "periods.deadlineChanged", "period.manage");
}

export async function closePeriodAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(closePeriod, () => ({ periodId: field(form, "periodId") }), "periods.closed", "period.manage");
}

export async function reopenPeriodAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(reopenPeriod, () => ({ periodId: field(form, "periodId"), reason: field(form, "reason") }), "periods.reopened", "period.reopen");
}
