"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { savePreferencesAction } from "@/lib/actions/notifications";
import { locales } from "@/lib/i18n/locales";

export function PreferencesForm({ kinds, mailOff, digest, locale, canDigest }: { kinds: readonly string[]; mailOff: readonly string[]; digest: boolean; locale: string; canDigest: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(savePreferencesAction, idleState);
  return (
    <form action={action} className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm text-slate-700">{t("notify.prefs.lead")}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`mail.${kind}`} defaultChecked={!mailOff.includes(kind)} />
            {t(`notify.kind.${kind}` as Parameters<typeof t>[0])}
          </label>
        ))}
      </fieldset>
      {canDigest && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="digest" defaultChecked={digest} />
          {t("notify.prefs.digest")}
        </label>
      )}
      <label className="block text-sm">
        {t("notify.prefs.locale")}{" "}
        <select name="locale" defaultValue={locale} className="rounded border border-slate-300 px-2 py-1">
          {locales.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
        </select>
      </label>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t("notify.prefs.save")}</Button>
    </form>
  );
}
