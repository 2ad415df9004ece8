import type { IssueDetail } from "@/lib/data/issues";
import type { Translate } from "@/lib/i18n/messages";

/** Marks a section name the document does not give (chosen when the data was entered). */
function NotNamed({ section, t }: { section: { namedInDocument: boolean }; t: Translate }) {
  return section.namedInDocument ? null : <span className="ml-1 text-xs text-slate-600" data-testid="not-in-document">{t("text.paren", { text: t("section.notNamedInDocument") })}</span>;
}

export function SectionList({ issue, t }: { issue: IssueDetail; t: Translate }) {
  return (
    <ul className="space-y-1 text-sm">
      <li>
        <span className="mr-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs text-blue-900">{t("issue.sectionOwner")}</span>
        {issue.owningSection.name}
        <NotNamed section={issue.owningSection} t={t} />
      </li>
      {issue.relatedSections.map(({ section, canEdit }) => (
        <li key={section.id}>
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t("issue.sectionRelated")}</span>
          {section.name}
          <NotNamed section={section} t={t} />
          {canEdit && <span className="ml-1 text-slate-600">{t("issue.sectionCanEdit")}</span>}
        </li>
      ))}
    </ul>
  );
}
