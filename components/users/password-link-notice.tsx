"use client";
import { useT } from "@/components/i18n-provider";

/** The one-time link, shown once to the person who made it, to hand over. */
export function PasswordLinkNotice({ link }: { link: string }) {
  const t = useT();
  return (
    <div className="space-y-1 rounded border border-blue-200 bg-blue-50 p-3 text-sm" data-testid="password-link">
      <p className="font-medium">{t("users.linkLead")}</p>
      <label htmlFor="password-link" className="sr-only">{t("users.link")}</label>
      <input id="password-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" />
    </div>
  );
}
