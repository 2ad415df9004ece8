import { SetPasswordForm } from "@/components/account/set-password-form";
import { passwordLinkState } from "@/lib/data/password-links";
import { getTranslator } from "@/lib/i18n/server";

export const metadata = { referrer: "no-referrer" };

/** Opened from an invitation or reset link: says plainly when the link cannot be used. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const { t } = await getTranslator();
  const link = typeof token === "string" ? await passwordLinkState(token) : { state: "invalid" as const };
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-bold">{t(link.purpose === "RESET" ? "password.resetTitle" : "password.setTitle")}</h1>
      {link.state === "usable" && typeof token === "string" ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("password.setLead", { email: link.email ?? "" })}</p>
          <SetPasswordForm token={token} email={link.email ?? ""} />
        </>
      ) : (
        <p role="alert" className="mt-4 rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(link.state === "used" ? "password.linkUsed" : link.state === "expired" ? "password.linkExpired" : "password.linkInvalid")}
        </p>
      )}
    </main>
  );
}
