import type { Translate } from "@/lib/i18n/messages";

/** Shown on every page while the demo data is loaded, so nobody mistakes it for real use. */
export function DemoBanner({ t }: { t: Translate }) {
  return (
    <div role="note" data-testid="demo-banner" className="bg-amber-200 px-4 py-1 text-center text-sm font-bold text-amber-950">
      {t("demo.banner")}
    </div>
  );
}
