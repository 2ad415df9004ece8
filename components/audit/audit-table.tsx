import type { listAuditEntries } from "@/lib/data/audit-log";
import { labelAuditEntries } from "@/lib/data/audit-targets";
import { formatJapanTime } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";
import { Table } from "@/components/ui/table";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

/** Audit entries, newest first: each action and target by name, the recorded values beneath; before/after on demand. */
export async function AuditTable({ entries }: { entries: Entry[] }) {
  const { t, locale } = await getTranslator();
  const labelled = await labelAuditEntries(entries, t, locale);
  return (
    <Table columns={["ID", t("audit.column.at"), t("audit.column.actor"), t("audit.column.action"), t("audit.column.entity"), t("audit.column.change")]}>
      {labelled.map((entry) => (
        <tr key={entry.id} className="border-b border-slate-200 align-top" data-testid="audit-row">
          <td className="p-2 tabular-nums">{entry.id}</td>
          <td className="p-2 whitespace-nowrap"><time dateTime={entry.at.toISOString()}>{formatJapanTime(entry.at)}</time></td>
          <td className="p-2">{entry.actor ? entry.actor.name : t("audit.system")}</td>
          <td className="p-2">
            <span data-testid="audit-action">{entry.actionLabel}</span>
            <span className="block font-mono text-xs text-slate-600">{entry.action}</span>
          </td>
          <td className="p-2">
            <span data-testid="audit-target">{entry.entityLabel}</span>
            <span className="block break-all text-xs text-slate-600">{entry.entityType} {entry.entityId}</span>
          </td>
          <td className="p-2 text-xs">
            <details>
              <summary className="cursor-pointer text-blue-800">{t("audit.showChange")}</summary>
              <pre className="mt-1 max-w-xl overflow-x-auto whitespace-pre-wrap break-all bg-slate-50 p-2">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
              <p className="mt-1 break-all text-slate-600">{t("audit.column.hash")}: {entry.hash}</p>
            </details>
          </td>
        </tr>
      ))}
    </Table>
  );
}
