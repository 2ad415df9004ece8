import type { DocumentOverview } from "@/lib/data/documents";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { IssueCard } from "./issue-card";

/** The A/B/C areas side by side, as the document's matrix figure lays them out. */
export function IssueMatrix({ areas, t, locale }: { areas: DocumentOverview["areas"]; t: Translate; locale: Locale }) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.code}`} className="rounded-lg bg-slate-100 p-3" data-testid={`area-${area.code}`}>
          <h3 id={`area-${area.code}`} className="text-lg font-bold">{area.name}</h3>
          {area.description && (
            <p className="text-sm text-slate-600">
              {area.description}
              {!area.descriptionInDocument && <span className="block text-xs" data-testid="not-in-document">※{t("area.descriptionNotInDocument")}</span>}
            </p>
          )}
          <p className="mt-1 text-xs text-slate-600">{t("home.issueCount", { count: area.issues.length })}</p>
          {area.issues.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t("home.areaEmpty")}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {area.issues.map((issue) => <IssueCard key={issue.id} issue={issue} t={t} locale={locale} />)}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
