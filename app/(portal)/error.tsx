"use client";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

// Shown instead of a stack trace, e.g. when the database cannot be reached.
export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="mx-auto mt-12 max-w-lg rounded-lg border border-red-200 bg-white p-8">
      <h1 className="text-xl font-bold">{t("error.title")}</h1>
      <p className="mt-2 text-slate-700">{t("error.body")}</p>
      <Button className="mt-4" onClick={reset}>{t("error.retry")}</Button>
    </div>
  );
}
