import { PortalLink } from "@/components/ui/portal-link";
import { forbidden, notFound } from "next/navigation";
import { IssueDetailsForm } from "@/components/issue/issue-details-form";
import { IssueTextForm } from "@/components/issue/issue-text-form";
import { IndicatorPlanForms } from "@/components/plans/indicator-plan-form";
import { IssueLinksForm } from "@/components/plans/issue-links-form";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { getIssueDetail, getIssueDetailsForEdit } from "@/lib/data/issues";
import { getIssueLinksForEdit, planNodeLabel } from "@/lib/data/plans";
import { getTranslator } from "@/lib/i18n/server";

export default async function EditIssuePage({ params }: { params: Promise<{ issueId: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const issue = await readOrForbidden(getIssueDetail(user, (await params).issueId));
  if (!issue) notFound();
  if (!can(user, "issue.edit", { bureauId: issue.document.bureau.id })) forbidden();
  const details = await getIssueDetailsForEdit(user, issue.id, issue.document.bureau.id);
  const links = await getIssueLinksForEdit(user, issue.id, issue.document.bureau.id);
  const plans = links.plans.map((plan) => ({
    ...plan,
    nodes: plan.nodes.map((node) => ({ id: node.id, label: planNodeLabel(node), level: node.level, depth: node.depth, retired: node.retiredAt !== null })),
  }));
  return (
    <article className="space-y-4">
      <PortalLink href={`/issues/${issue.id}`} className="text-sm text-blue-800 hover:underline">← {issue.code} {issue.name}</PortalLink>
      <h1 className="text-2xl font-bold">{t("issueEdit.title", { code: issue.code })}</h1>
      <IssueTextForm issueId={issue.id} version={issue.version} values={issue} />
      <IssueDetailsForm issueId={issue.id} version={issue.version} details={details} />
      <IssueLinksForm
        issueId={issue.id}
        plans={plans}
        goals={links.goals.map((goal) => ({ number: goal.number, colour: goal.colour, name: locale === "en" ? goal.nameEn : goal.nameJa }))}
        nodeIds={links.nodeIds}
        goalNumbers={links.goalNumbers}
      />
      <IndicatorPlanForms indicators={links.indicators} plans={plans} locale={locale} />
    </article>
  );
}
