import type { PublishedEntry } from "@/lib/data/public-documents";
import { formatDateBoth } from "@/lib/domain/dates";
import { cataloguePath, publicDocumentPath } from "@/lib/export/open-data";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { publicHref } from "@/lib/i18n/public-locale";

/** The city's bureaus and wards that have published documents, each with its published dates. */
export function PublicHome({ entries, t, locale }: { entries: PublishedEntry[]; t: Translate; locale: Locale }) {
  const byBureau = new Map<string, PublishedEntry[]>();
  for (const e of entries) byBureau.set(e.bureau.code, [...(byBureau.get(e.bureau.code) ?? []), e]);
  const groups = [
    { heading: t("public.bureaus"), kind: "BUREAU" },
    { heading: t("public.wards"), kind: "WARD" },
  ].map((g) => ({ ...g, bureaus: [...byBureau.values()].filter((list) => list[0]!.bureau.kind === g.kind) })).filter((g) => g.bureaus.length > 0);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("public.siteTitle")}</h1>
      <p className="mt-2">{t("public.lead")}</p>
      {groups.length === 0 && <p className="mt-6 rounded border border-slate-300 bg-white p-4">{t("public.none")}</p>}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="mt-6">
          <h2 id={`kind-${group.kind}`} className="text-xl font-bold">{group.heading}</h2>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {group.bureaus.map((list) => (
              <li key={list[0]!.bureau.code} className="rounded border border-slate-300 bg-white p-3">
                <h3 className="font-bold">{list[0]!.bureau.name}</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {list.map((e) => (
                    <li key={e.reportingDate}>
                      <a className="text-blue-800 underline" href={publicHref(publicDocumentPath(e.bureau.code, e.reportingDate), locale)}>
                        <span lang="ja">{e.title}</span>（{t("public.asOf", { date: formatDateBoth(e.reportingDate, locale) })}）
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="open-data" className="mt-8 print:hidden">
        <h2 id="open-data" className="text-xl font-bold">{t("public.openData")}</h2>
        <p className="mt-1 text-sm">{t("public.openDataLead")}</p>
        <a className="text-sm text-blue-800 underline" href={cataloguePath}>{t("public.catalogue")}</a>
      </section>
    </>
  );
}
