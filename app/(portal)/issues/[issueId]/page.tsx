import { PortalLink } from "@/components/ui/portal-link";
import { notFound } from "next/navigation";
import { IndicatorTable } from "@/components/issue/indicator-table";
import { IndicatorYears } from "@/components/issue/indicator-years";
import { IssueText } from "@/components/issue/issue-text";
import { MilestoneList } from "@/components/issue/milestone-list";
import { PartnerList } from "@/components/issue/partner-list";
import { ProgressHistory } from "@/components/issue/progress-history";
import { RevisionDetails } from "@/components/issue/revision-details";
import { RevisionList } from "@/components/issue/revision-list";
import type { IssueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { SectionList } from "@/components/issue/section-list";
import { IssuePlanLinks } from "@/components/plans/issue-plan-links";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { getIssueDetail } from "@/lib/data/issues";
import { getIssueYears } from "@/lib/data/issue-years";
import { getIssueLinks } from "@/lib/data/plans";
import { formatFiscalYearBoth, formatJapanDay } from "@/lib/domain/dates";
import { readEnv } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";

export default async function IssuePage({ params, searchParams }: { params: Promise<{ issueId: string }>; searchParams: Promise<{ version?: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const issue = await readOrForbidden(getIssueDetail(user, (await params).issueId));
  if (!issue) notFound();
  const requested = (await searchParams).version;
  const shownRevision = requested ? issue.revisions.find((r) => String(r.version) === requested) : undefined;
  const resource = {
    bureauId: issue.document.bureau.id,
    owningSectionId: issue.owningSection.id,
    editingSectionIds: issue.relatedSections.filter((s) => s.canEdit).map((s) => s.section.id),
  };

  const thresholds = readEnv().KPI_GRADE_THRESHOLDS;
  const [links, years] = await Promise.all([getIssueLinks(issue.id), getIssueYears(user, issue.id, thresholds)]);
  const panels = [
    { id: "indicators", wide: true, title: t("issue.indicators"), body: <IndicatorTable indicators={issue.indicators} thresholds={thresholds} t={t} locale={locale} /> },
    ...(years ? [{ id: "indicator-years", wide: true, title: t("issueYears.title"), body: <IndicatorYears years={years} thresholds={thresholds} t={t} locale={locale} /> }] : []),
    { id: "milestones", title: t("issue.milestones"), body: <MilestoneList milestones={issue.milestones} t={t} locale={locale} /> },
    { id: "plan-links", title: t("plan.issueLinks"), body: <IssuePlanLinks links={links} t={t} locale={locale} /> },
    { id: "partners", title: t("issue.partners"), body: <PartnerList partners={issue.partners} t={t} /> },
    { id: "sections", title: t("issue.sections"), body: <SectionList issue={issue} t={t} /> },
    { id: "revisions", title: t("revisions.title"), body: <RevisionList issueId={issue.id} revisions={issue.revisions} t={t} locale={locale} /> },
  ];
  return (
    <article className="space-y-4">
      <PortalLink href="/" className="text-sm text-blue-800 hover:underline">← {t("issue.back")}</PortalLink>
      <header>
        <p className="text-sm text-slate-600">
          {[issue.document.bureau.name, issue.document.title, formatFiscalYearBoth(issue.document.fiscalYear, locale), issue.area.name].join(" ")}
        </p>
        <h1 className="text-2xl font-bold">
          <span className="mr-2 font-mono">{issue.code}</span>
          {issue.name}
        </h1>
        {issue.isAffiliatedBody && (
          <span className="mt-1 inline-block rounded bg-purple-100 px-2 py-0.5 text-xs font-medium text-purple-900">{t("issue.affiliatedBody")}</span>
        )}
      </header>
      {can(user, "issue.edit", resource) && (
        <PortalLink href={`/issues/${issue.id}/edit`} className="inline-block rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">{t("issueEdit.link")}</PortalLink>
      )}
      {shownRevision && (
        <p role="note" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("revisions.viewing", { version: shownRevision.version, date: formatJapanDay(shownRevision.createdAt, locale) })}{" "}
          <PortalLink href={`/issues/${issue.id}`} className="underline">{t("revisions.backToCurrent")}</PortalLink>
        </p>
      )}
      <IssueText issue={shownRevision ?? issue} t={t} />
      {shownRevision?.details && <RevisionDetails details={shownRevision.details as IssueDetailsSnapshot} t={t} locale={locale} />}
      <ProgressHistory reports={issue.progressReports} t={t} locale={locale} mayWork={can(user, "progress.edit", resource) || can(user, "progress.review", resource)} />
      <div className="grid gap-4 lg:grid-cols-2">
        {panels.map((panel) => (
          <section key={panel.id} aria-labelledby={`panel-${panel.id}`} className={`rounded-lg border border-slate-200 bg-white p-5 ${"wide" in panel ? "lg:col-span-2" : ""}`}>
            <h2 id={`panel-${panel.id}`} className="mb-2 font-bold">{panel.title}</h2>
            {panel.body}
          </section>
        ))}
      </div>
    </article>
  );
}
