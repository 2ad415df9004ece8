"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/**
 * Starts single sign-on. next-auth's signIn() asks the app for the directory's URL and
 * then navigates there; a plain form post would be a redirect to another origin, which
 * the CSP's form-action 'self' blocks.
 */
export function SsoButton({ providerId, callbackPath, label }: { providerId: string; callbackPath: string; label: string }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      className="mt-6 w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: callbackPath });
      }}
    >
      {pending ? t("login.ssoRedirecting") : label}
    </Button>
  );
}
