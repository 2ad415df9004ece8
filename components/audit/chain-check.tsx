import { PortalLink } from "@/components/ui/portal-link";
import type { ChainVerdict } from "@/lib/audit/chain-walker";
import { describeVerdict } from "@/lib/audit/describe-verdict";
import type { Translate } from "@/lib/i18n/messages";

/** The tamper check: a button that runs it over the whole chain and the checkpoints, then its verdict. */
export function ChainCheckPanel({ result, verifyHref, t }: { result: ChainVerdict | null; verifyHref: string; t: Translate }) {
  const [verdict, ...notes] = result ? describeVerdict(result, t) : [];
  return (
    <section aria-labelledby="chain-check" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="chain-check" className="text-lg font-bold">{t("audit.chain.title")}</h2>
      <p className="text-sm text-slate-700">{t("audit.chain.lead")}</p>
      <PortalLink href={verifyHref} className="inline-block rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("audit.chain.run")}</PortalLink>
      {result && (
        <div role="status" data-testid="chain-result" data-kind={result.ok ? "ok" : result.kind} className={`space-y-1 rounded px-3 py-2 text-sm ${result.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
          <p className={result.ok ? "" : "font-bold"}>{verdict}</p>
          {notes.map((note) => <p key={note}>{note}</p>)}
        </div>
      )}
    </section>
  );
}
