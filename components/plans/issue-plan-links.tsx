import { type getIssueLinks, planNodeLabel } from "@/lib/data/plans";
import type { Locale, Translate } from "@/lib/i18n/messages";

/** The plan nodes (with their plan and level) and SDGs an issue serves, on the issue page. */
export function IssuePlanLinks({ links, t, locale }: { links: Awaited<ReturnType<typeof getIssueLinks>>; t: Translate; locale: Locale }) {
  if (links.nodes.length === 0 && links.goals.length === 0) return <p className="text-slate-600">{t("plan.noLinks")}</p>;
  return (
    <div className="space-y-2 text-sm">
      {links.nodes.length > 0 && (
        <ul className="space-y-1" data-testid="issue-plan-nodes">
          {links.nodes.map((node) => (
            <li key={node.id}>
              <span className="text-slate-600">{node.planName}{t("text.separator")}{node.levelName}{t("text.colon")}</span>
              {planNodeLabel(node)}
              {node.retiredAt && <span className="ml-1 text-xs text-slate-700">{t("text.paren", { text: t("plan.retired") })}</span>}
            </li>
          ))}
        </ul>
      )}
      {links.goals.length > 0 && (
        <ul className="flex flex-wrap gap-2" data-testid="issue-sdgs">
          {links.goals.map((goal) => (
            <li key={goal.number} className="flex items-center gap-1 rounded border border-slate-300 px-2 py-0.5">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: goal.colour }} />
              {t("plan.goal", { number: goal.number, name: locale === "en" ? goal.nameEn : goal.nameJa })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
