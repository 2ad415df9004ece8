import { redirect } from "next/navigation";
import { LoginForm } from "@/components/layout/login-form";
import { SsoButton } from "@/components/layout/sso-button";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { ssoConfig, ssoProviderId } from "@/lib/auth/sso";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";

// What next-auth or the single sign-on refusals put in ?error=; anything else from the directory is "failed".
const ssoErrors = new Map<string, "login.error.sso-unknown" | "login.error.sso-inactive" | "login.error.sso-unverified">([
  ["sso-unknown", "login.error.sso-unknown"],
  ["sso-inactive", "login.error.sso-inactive"],
  ["sso-unverified", "login.error.sso-unverified"],
]);

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const { t } = await getTranslator();
  const env = readEnv();
  const sso = ssoConfig(env);
  const passwordSignIn = env.PASSWORD_SIGNIN === "on";
  const error = params.error ? t(ssoErrors.get(params.error) ?? "login.error.sso-failed") : null;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-bold">{t("app.title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("login.lead")}</p>
      {error && <p role="alert" className="mt-4 rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      {sso && <SsoButton providerId={ssoProviderId} callbackPath={callbackPath} label={t("login.sso", { name: sso.displayName ?? t("login.ssoDefaultName") })} />}
      {sso && passwordSignIn && <p className="mt-6 text-center text-xs text-slate-500">{t("login.or")}</p>}
      {passwordSignIn && <LoginForm callbackPath={callbackPath} />}
    </main>
  );
}
