import { Paragraphs } from "@/components/ui/paragraphs";
import type { PublicDocument } from "@/lib/data/public-documents";
import { formatDateBoth, formatWareki } from "@/lib/domain/dates";
import { openDataPath } from "@/lib/export/open-data";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { IndicatorFigure } from "./indicator-figure";

/**
 * A published document in its own form: title, 組織の使命, the A/B/C matrix,
 * then ①–⑤ for each issue (⑤ headed with its date, as the document does) and
 * its indicators. The text is the document's, in Japanese.
 */
export function PublicDocumentView({ doc, t, locale }: { doc: PublicDocument; t: Translate; locale: Locale }) {
  return (
    <article className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-slate-700">{doc.bureau.name}</p>
        <h1 lang="ja" className="text-2xl font-bold">{doc.title}</h1>
        <p className="text-sm">{t("public.asOf", { date: formatDateBoth(doc.reportingDate, locale) })}　{t("public.publishedAt", { date: formatDateBoth(doc.publishedAt.slice(0, 10), locale) })}</p>
        {locale === "en" && <p className="text-sm text-slate-700">{t("public.documentLanguageNote")}</p>}
        <p className="flex flex-wrap gap-4 text-sm print:hidden">
          <a className="text-blue-800 underline" href={openDataPath(doc.bureau.code, doc.reportingDate, "csv")}>{t("public.downloadCsv")}</a>
          <a className="text-blue-800 underline" href={openDataPath(doc.bureau.code, doc.reportingDate, "json")}>{t("public.downloadJson")}</a>
          <a className="text-blue-800 underline" href={openDataPath(doc.bureau.code, doc.reportingDate, "pdf")}>{t("public.downloadPdf")}</a>
        </p>
      </header>
      <section aria-labelledby="mission" lang="ja">
        <h2 id="mission" className="text-xl font-bold">{t("public.mission")}</h2>
        <Paragraphs text={doc.mission} />
      </section>
      <section aria-labelledby="matrix">
        <h2 id="matrix" className="text-xl font-bold">{t("public.matrix")}</h2>
        <div className="mt-2 grid gap-4 lg:grid-cols-3" lang="ja">
          {doc.areas.map((area) => (
            <section key={area.code} aria-labelledby={`area-${area.code}`} className="rounded border border-slate-300 bg-white p-3">
              <h3 id={`area-${area.code}`} className="font-bold">{area.name}</h3>
              {area.description && <p className="text-sm text-slate-700">{area.description}</p>}
              <ul className="mt-2 space-y-2">
                {doc.issues.filter((i) => i.area === area.code).map((issue) => (
                  <li key={issue.code}>
                    <a href={`#issue-${issue.code}`} className="font-semibold text-blue-800 underline">{issue.code} {issue.matrixTitle}</a>
                    <ul className="list-disc pl-5 text-sm">{issue.summaryBullets.map((b, i) => <li key={i}>{b}</li>)}</ul>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
      {doc.issues.map((issue) => (
        <section key={issue.code} id={`issue-${issue.code}`} aria-labelledby={`issue-${issue.code}-title`} className="space-y-3 break-inside-avoid-page border-t border-slate-300 pt-4">
          <h2 id={`issue-${issue.code}-title`} lang="ja" className="text-xl font-bold">{issue.code} {issue.name}{issue.isAffiliatedBody && <span className="ml-2 text-sm">（{t("issue.affiliatedBody")}）</span>}</h2>
          <div lang="ja" className="space-y-3">
            <div><h3 className="font-bold">① {t("issue.content")}</h3><Paragraphs text={issue.content} /></div>
            <div><h3 className="font-bold">② {t("issue.background")}</h3><Paragraphs text={issue.background} /></div>
            <div><h3 className="font-bold">③ {issue.measuresHeading}</h3><Paragraphs text={issue.measures} /></div>
            {issue.partners.length > 0 && (
              <div><h3 className="font-bold">④ {t("issue.partners")}</h3><ul className="list-disc pl-5">{issue.partners.map((p) => <li key={p.name}>{p.name}{p.role && `：${p.role}`}</li>)}</ul></div>
            )}
            <div>
              <h3 className="font-bold">⑤ {t("issue.progress")}（{formatWareki(doc.reportingDate)}時点）</h3>
              {issue.progress ? (
                <>
                  <p className="text-sm">{t("report.status")}：{t(`status.${issue.progress.status}`)}</p>
                  <Paragraphs text={issue.progress.text} />
                </>
              ) : (
                <p className="text-slate-700">{t("public.progressNone")}</p>
              )}
            </div>
          </div>
          {issue.indicators.length > 0 && (
            <div className="space-y-3">
              <h3 className="font-bold">{t("issue.indicators")}</h3>
              <div className="grid gap-4 md:grid-cols-2">{issue.indicators.map((indicator) => <IndicatorFigure key={indicator.name} indicator={indicator} t={t} locale={locale} />)}</div>
            </div>
          )}
          {issue.milestones.length > 0 && (
            <div lang="ja">
              <h3 className="font-bold">{t("public.milestones")}</h3>
              <ul className="list-disc pl-5 text-sm">{issue.milestones.map((m, i) => (
                <li key={i}>
                  {m.title}{m.plannedText && `（${m.plannedText}）`}
                  {m.doneDate && <span className="ml-2 font-semibold">{t("public.milestoneDone", { date: formatDateBoth(m.doneDate, locale) })}</span>}
                </li>
              ))}</ul>
            </div>
          )}
        </section>
      ))}
    </article>
  );
}
