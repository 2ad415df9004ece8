import { CopyDocumentForm } from "@/components/document/copy-document-form";
import { BureauPicker } from "@/components/document/bureau-picker";
import { IssueMatrix } from "@/components/document/issue-matrix";
import { MyAssignments } from "@/components/home/my-assignments";
import { EmptyState } from "@/components/ui/empty-state";
import { Paragraphs } from "@/components/ui/paragraphs";
import { can } from "@/lib/auth/permissions";
import { readOrForbidden, requireUser } from "@/lib/auth/session";
import { getDocumentOverview, listReadableBureaus } from "@/lib/data/documents";
import { listMyAssignments } from "@/lib/data/my-assignments";
import { formatFiscalYearBoth } from "@/lib/domain/dates";
import { getTranslator } from "@/lib/i18n/server";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ bureau?: string; fy?: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getTranslator();
  const query = await searchParams;
  const [bureaus, assignments] = await Promise.all([listReadableBureaus(user), listMyAssignments(user)]);
  const bureau = bureaus.find((b) => b.code === query.bureau) ?? bureaus.find((b) => b.id === user.bureauId) ?? bureaus[0];
  // An author's work comes first, before the document (on a phone, before the mission text).
  const mine = assignments && <MyAssignments items={assignments} t={t} locale={locale} />;
  if (!bureau) return <>{mine}<EmptyState>{t("home.noBureau")}</EmptyState></>;
  const fiscalYear = bureau.fiscalYears.find((y) => String(y) === query.fy) ?? bureau.fiscalYears[0];
  const overview = fiscalYear === undefined ? null : await readOrForbidden(getDocumentOverview(user, bureau.id, fiscalYear));

  return (
    <div className="space-y-6">
      {mine}
      {bureaus.length > 1 || bureau.fiscalYears.length > 1 ? (
        <BureauPicker bureaus={bureaus} bureauCode={bureau.code} fiscalYear={fiscalYear} t={t} locale={locale} />
      ) : null}
      {!overview ? (
        <EmptyState>{t("home.noDocument")}</EmptyState>
      ) : (
        <article className="space-y-6">
          <h1 className="text-2xl font-bold">
            {t("home.documentHeading", { title: overview.title, fiscalYear: formatFiscalYearBoth(overview.fiscalYear, locale) })}
          </h1>
          <section aria-labelledby="mission" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="mission" className="mb-2 text-lg font-bold">{t("home.mission")}</h2>
            <Paragraphs text={overview.mission} />
          </section>
          <section aria-labelledby="matrix">
            <h2 id="matrix" className="mb-3 text-lg font-bold">{t("home.matrix")}</h2>
            <IssueMatrix areas={overview.areas} t={t} locale={locale} />
          </section>
          {can(user, "document.copy", { bureauId: bureau.id }) && (
            <CopyDocumentForm documentId={overview.id} nextFiscalYear={overview.fiscalYear + 1} />
          )}
        </article>
      )}
    </div>
  );
}
