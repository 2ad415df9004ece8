import { PortalLink } from "@/components/ui/portal-link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { AuditAnchorsPanel } from "@/components/audit/audit-anchors";
import { ChainCheckPanel } from "@/components/audit/chain-check";
import { EmptyState } from "@/components/ui/empty-state";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { requirePermission } from "@/lib/auth/session";
import { configuredCheckpoints, getAuditAnchors } from "@/lib/data/audit-anchors";
import { listAuditEntries, listAuditFilterOptions } from "@/lib/data/audit-log";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { parseAuditFilters } from "@/lib/validation/audit";
import { type SearchParams, toQueryString } from "@/lib/validation/search-params";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("audit.read");
  const { t, locale } = await getTranslator();
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const { before: _page, ...kept } = filters;
  const query = toQueryString(kept);
  const [options, page, anchors, chain] = await Promise.all([
    listAuditFilterOptions(user, filters.bureau),
    listAuditEntries(user, filters),
    getAuditAnchors(user),
    params.verify === "1" ? configuredCheckpoints().then((checkpoints) => verifyAuditChain(db, { checkpoints })) : null,
  ]);
  const exportHref = (format: "csv" | "json") => `/api/exports/audit${toQueryString({ ...kept, format })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <ChainCheckPanel result={chain} verifyHref={`/audit${toQueryString({ ...kept, verify: "1" })}`} t={t} />
      <AuditAnchorsPanel anchors={anchors} t={t} />
      <AuditFilters key={query} filters={filters} options={options} t={t} locale={locale} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>{t("audit.exportLead")}</span>
        <a href={exportHref("csv")} download className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">{t("export.format.csv")}</a>
        <a href={exportHref("json")} download className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">{t("export.format.json")}</a>
      </div>
      {page.entries.length === 0 ? (
        <EmptyState>{t("audit.empty")}</EmptyState>
      ) : (
        <>
          <AuditTable entries={page.entries} />
          {page.hasMore && (
            <PortalLink href={`/audit${toQueryString({ ...kept, before: page.entries.at(-1)!.id })}`} className="inline-block text-blue-800 underline">{t("audit.older")}</PortalLink>
          )}
        </>
      )}
    </div>
  );
}
