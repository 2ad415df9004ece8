import Link from "next/link";
import type { ChainCheck } from "@/lib/audit/audit-chain";
import type { Translate } from "@/lib/i18n/messages";

/** The tamper check: a button that runs it over the whole chain, then its verdict. */
export function ChainCheckPanel({ result, verifyHref, t }: { result: ChainCheck | null; verifyHref: string; t: Translate }) {
  return (
    <section aria-labelledby="chain-check" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="chain-check" className="text-lg font-bold">{t("audit.chain.title")}</h2>
      <p className="text-sm text-slate-700">{t("audit.chain.lead")}</p>
      <Link href={verifyHref} className="inline-block rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("audit.chain.run")}</Link>
      {result && (
        <p role="status" data-testid="chain-result" className={`rounded px-3 py-2 text-sm ${result.ok ? "bg-green-50 text-green-900" : "bg-red-50 font-bold text-red-900"}`}>
          {result.ok
            ? t("audit.chain.ok", { checked: result.checked })
            : t("audit.chain.broken", { id: result.brokenAt, reason: t(`audit.chain.reason.${result.reason}`), checked: result.checked })}
        </p>
      )}
    </section>
  );
}
