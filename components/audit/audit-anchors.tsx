import { Table } from "@/components/ui/table";
import { formatCheckpoint } from "@/lib/audit/checkpoint";
import type { AuditAnchors } from "@/lib/data/audit-anchors";
import { formatJapanTime } from "@/lib/domain/dates";
import type { MessageKey, Translate } from "@/lib/i18n/messages";

const reasonKeys = new Map<string, MessageKey>([
  ["export", "audit.anchor.reason.export"],
  ["period.close", "audit.anchor.reason.period.close"],
  ["daily", "audit.anchor.reason.daily"],
  ["reseal", "audit.anchor.reason.reseal"],
  ["manual", "audit.anchor.reason.manual"],
]);

/** The chain's head now and the newest checkpoints kept outside the database. */
export function AuditAnchorsPanel({ anchors, t }: { anchors: AuditAnchors; t: Translate }) {
  const { head, file } = anchors;
  const newest = file.state === "read" ? file.latest[0] : undefined;
  return (
    <section aria-labelledby="audit-anchors" data-testid="audit-anchors" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="audit-anchors" className="text-lg font-bold">{t("audit.anchor.title")}</h2>
      <p className="text-slate-700">{t("audit.anchor.lead")}</p>
      <div>
        <h3 className="font-bold">{t("audit.anchor.head")}</h3>
        {head ? (
          <p data-testid="chain-head">
            {t("audit.anchor.headLine", { id: head.lastId, count: head.count })}
            <br />
            <span className="font-mono text-xs break-all">MAC {head.mac}</span>
          </p>
        ) : (
          <p>{t("audit.anchor.noEntries")}</p>
        )}
      </div>
      <div>
        {file.state === "not-configured" && <p>{t("audit.anchor.notConfigured")}</p>}
        {file.state === "unreadable" && <p className="text-red-900">{t("audit.anchor.unreadable", { message: file.message })}</p>}
        {file.state === "read" && (
          <>
            <h3 className="font-bold">{t("audit.anchor.latest", { total: file.total })}</h3>
            {file.latest.length === 0 ? (
              <p>{t("audit.anchor.none")}</p>
            ) : (
              <Table columns={[t("audit.anchor.column.number"), t("audit.anchor.column.at"), t("audit.anchor.column.reason"), t("audit.anchor.column.head"), t("audit.anchor.column.mac")]}>
                {file.latest.map((c) => {
                  const reason = reasonKeys.get(c.reason);
                  return (
                    <tr key={c.n} className="border-b border-slate-200 align-top" data-testid="checkpoint-row">
                      <td className="p-2 tabular-nums">{c.n}</td>
                      <td className="p-2 whitespace-nowrap"><time dateTime={c.at}>{formatJapanTime(c.at)}</time></td>
                      <td className="p-2">{reason ? t(reason) : c.reason}</td>
                      <td className="p-2 tabular-nums">{c.lastId} / {c.count}</td>
                      <td className="p-2 font-mono text-xs break-all">{c.mac.slice(0, 16)}…</td>
                    </tr>
                  );
                })}
              </Table>
            )}
            {newest && (
              <details className="mt-2">
                <summary className="cursor-pointer text-blue-800">{t("audit.anchor.printed")}</summary>
                <pre className="mt-1 whitespace-pre-wrap break-all bg-slate-50 p-2 text-xs">{formatCheckpoint(newest)}</pre>
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
