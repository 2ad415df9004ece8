import type { IssueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { formatFiscalYear } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** An earlier version's indicators, milestones and partners, as its revision recorded them. */
export function RevisionDetails({ details, t, locale }: { details: IssueDetailsSnapshot; t: Translate; locale: Locale }) {
  const year = (fy: number | null) => (fy === null ? "" : formatFiscalYear(fy, locale));
  const lists = [
    { title: t("issue.indicators"), items: details.indicators.map((i) => `${i.name}${t("text.paren", { text: `${t("indicator.target")}: ${i.target ?? "—"}${i.unit} ${year(i.targetFiscalYear)}`.trim() })}`) },
    { title: t("issue.milestones"), items: details.milestones.map((m) => `${m.title}${t("text.paren", { text: m.plannedDate ?? year(m.plannedFiscalYear) })}`) },
    { title: t("issue.partners"), items: details.partners.map((p) => `${p.name}${t("text.paren", { text: t(`partnerKind.${p.kind}`) })}${p.role}`) },
  ];
  return (
    <section aria-labelledby="revision-details" className="rounded-lg border border-amber-300 bg-white p-5" data-testid="revision-details">
      <h2 id="revision-details" className="mb-2 font-bold">{t("revisions.details")}</h2>
      {lists.map((list) => (
        <div key={list.title} className="mb-2">
          <h3 className="text-sm font-semibold">{list.title}</h3>
          <ul className="list-disc pl-5 text-sm">{list.items.map((item) => <li key={item}>{item}</li>)}</ul>
        </div>
      ))}
    </section>
  );
}
