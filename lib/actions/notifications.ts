"use server";
import { redirect } from "next/navigation";
import { markNotificationsRead, resendMail, saveNotificationPreferences } from "@/lib/commands/notifications";
import { optionalMailKinds } from "@/lib/validation/notifications";
import { type FormState, runCommand } from "./form-state";

/** Opening a notification marks it read and goes to its report, or to its period's page (a briefing book). */
export async function openNotificationAction(form: FormData): Promise<void> {
  const state = await runCommand(markNotificationsRead, () => ({ notificationId: form.get("notificationId") }), "notify.markedRead", "notification.read");
  const target = state.status === "success" ? (state.data as { reportId: string | null; periodId: string | null }) : null;
  redirect(target?.reportId ? `/reports/${target.reportId}` : target?.periodId ? `/periods/${target.periodId}` : "/notifications");
}

export async function markAllReadAction(): Promise<void> {
  await runCommand(markNotificationsRead, () => ({ all: true }), "notify.markedRead", "notification.read");
}

export async function savePreferencesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = () => ({
    // Only the known kinds are read from the form; anything else it carries is ignored.
    mailKinds: optionalMailKinds.filter((kind) => form.get(`mail.${kind}`) === "on"),
    digest: form.get("digest") === "on",
    locale: form.get("locale"),
  });
  return runCommand(saveNotificationPreferences, input, "notify.prefs.saved", "notification.read");
}

export async function resendMailAction(form: FormData): Promise<void> {
  await runCommand(resendMail, () => ({ mailId: form.get("mailId") }), "notify.failures.resent", "mail.resend");
}
