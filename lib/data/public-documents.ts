import "server-only";
import type { BureauKind, ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { db } from "@/lib/db";
import { endOfDayInJapan, parsePlainDate, toJapanIsoString, toPlainDate } from "@/lib/domain/dates";
import { type ExportBureau, loadBureauAsOf } from "./export-data";
import { cachedPublic } from "./public-cache";
import { bureauNamesAtEach } from "./section-history";

/**
 * What residents see of a published document (/public and the open data). It
 * is built from the export's as-of data by keeping, field by field, only what
 * the published document says: no section, user, workflow state, audit entry,
 * draft or returned report, and only indicator values of published dates whose
 * report is approved. Its shape is the open-data JSON's (docs/open-data.md);
 * a change to it is a new `format` version.
 */
export interface PublicDocument {
  format: "policy-portal-public/1";
  bureau: { code: string; name: string; kind: BureauKind };
  reportingDate: string;
  publishedAt: string;
  title: string;
  fiscalYear: number;
  mission: string;
  areas: { code: string; name: string; description: string | null }[];
  issues: PublicIssue[];
}

export interface PublicIssue {
  code: string;
  area: string;
  name: string;
  matrixTitle: string;
  summaryBullets: string[];
  content: string;
  background: string;
  measuresHeading: string;
  measures: string;
  isAffiliatedBody: boolean;
  partners: { name: string; role: string }[];
  /** ⑤ approved for the reporting date; null when there is none. */
  progress: { text: string; status: ProgressStatus } | null;
  indicators: { name: string; unit: string; baseline: number | null; baselineLabel: string; target: number | null; targetFiscalYear: number | null; values: { reportingDate: string; actual: number | null }[] }[];
  /** `doneDate`: when the report of the published date said it was done; null otherwise. */
  milestones: { title: string; plannedText: string; doneDate: string | null }[];
}

export interface PublishedEntry {
  bureau: { code: string; name: string; kind: BureauKind };
  title: string;
  reportingDate: string;
  fiscalYear: number;
  publishedAt: string;
}

/**
 * Keeps of one bureau's as-of data only what a resident may read. Indicator
 * values are those of `publishedDates` (up to the reporting date) for which
 * the issue's report is approved now: a reopened date shows nothing new.
 */
export function toPublicDocument(data: ExportBureau, kind: BureauKind, reportingDate: string, publishedAt: Date, publishedDates: ReadonlySet<string>): PublicDocument {
  return {
    format: "policy-portal-public/1",
    bureau: { code: data.code, name: data.name, kind },
    reportingDate,
    publishedAt: toJapanIsoString(publishedAt),
    title: data.document.title,
    fiscalYear: data.document.fiscalYear,
    mission: data.document.mission,
    // An area description the portal invented is not the document's: residents get none.
    areas: data.document.areas.map((a) => ({ code: a.code, name: a.name, description: a.descriptionInDocument ? a.description : null })),
    issues: data.issues.map((issue) => {
      const progressApproved = issue.progress?.workflowState === "APPROVED";
      const approvedDates = new Set(issue.reports.filter((r) => r.workflowState === "APPROVED" && publishedDates.has(r.reportingDate)).map((r) => r.reportingDate));
      return {
        code: issue.code,
        area: issue.area,
        name: issue.name,
        matrixTitle: issue.matrixTitle,
        summaryBullets: issue.summaryBullets,
        content: issue.content,
        background: issue.background,
        measuresHeading: issue.measuresHeading,
        measures: issue.measures,
        isAffiliatedBody: issue.isAffiliatedBody,
        partners: issue.partners,
        progress: issue.progress && progressApproved ? { text: issue.progress.text, status: issue.progress.status } : null,
        indicators: issue.indicators.map((i) => ({
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          baselineLabel: i.baselineLabel,
          target: i.target,
          targetFiscalYear: i.targetFiscalYear,
          // The public format (policy-portal-public/1) carries the figures only, not the portal's grades.
          values: i.values.filter((v) => approvedDates.has(v.reportingDate)).map(({ reportingDate, actual }) => ({ reportingDate, actual })),
        })),
        // Done dates come with the date's approved report, as ⑤ does.
        milestones: issue.milestones.map((m) => ({ title: m.title, plannedText: m.plannedText, doneDate: progressApproved ? m.doneDate : null })),
      };
    }),
  };
}

const bureauOrder = [{ bureau: { sortOrder: "asc" as const } }, { bureau: { code: "asc" as const } }, { period: { asOfDate: "desc" as const } }];

/** Every published document of the city: bureaus and wards in their order, newest date first. */
export async function listPublished(): Promise<PublishedEntry[]> {
  return cachedPublic("published", loadPublished);
}

async function loadPublished(): Promise<PublishedEntry[]> {
  const rows = await db.publication.findMany({
    orderBy: bureauOrder,
    select: { publishedAt: true, bureauId: true, bureau: { select: { code: true, name: true, kind: true } }, period: { select: { asOfDate: true, fiscalYear: true } } },
  });
  const [documents, names] = await Promise.all([
    db.policyDocument.findMany({ where: { bureauId: { in: rows.map((r) => r.bureauId) } }, orderBy: { fiscalYear: "desc" }, select: { bureauId: true, fiscalYear: true, title: true } }),
    // Each entry under the bureau's name on its date, as its page shows it (decision 044).
    bureauNamesAtEach(db, rows.map((r) => ({ bureauId: r.bureauId, name: r.bureau.name, at: endOfDayInJapan(toPlainDate(r.period.asOfDate)) }))),
  ]);
  return rows.map((r, index) => ({
    bureau: { ...r.bureau, name: names[index]! },
    // The document the date reports on, as lib/data/documents.ts findDocumentForPeriod chooses it.
    title: documents.find((d) => d.bureauId === r.bureauId && d.fiscalYear <= r.period.fiscalYear)?.title ?? "",
    reportingDate: toPlainDate(r.period.asOfDate),
    fiscalYear: r.period.fiscalYear,
    publishedAt: toJapanIsoString(r.publishedAt),
  }));
}

/** A bureau code or date a visitor typed: bounded and shaped before any query. */
const codePattern = /^[A-Za-z0-9_-]{1,64}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The published document of bureau `code` as of `date`, or null when that is not published (or not a valid address). */
export async function getPublishedDocument(code: string, date: string): Promise<PublicDocument | null> {
  if (!codePattern.test(code) || !datePattern.test(date)) return null;
  let asOfDate: Date;
  try {
    asOfDate = parsePlainDate(date);
  } catch {
    return null;
  }
  return cachedPublic(`document:${code}:${date}`, () => loadPublishedDocument(code, date, asOfDate));
}

async function loadPublishedDocument(code: string, date: string, asOfDate: Date): Promise<PublicDocument | null> {
  const bureau = await db.bureau.findFirst({ where: { code, publications: { some: {} } }, select: { id: true, code: true, name: true, kind: true } });
  if (!bureau) return null;
  const publications = await db.publication.findMany({ where: { bureauId: bureau.id }, select: { publishedAt: true, period: { select: { asOfDate: true } } } });
  const publication = publications.find((p) => p.period.asOfDate.getTime() === asOfDate.getTime());
  if (!publication) return null;
  const data = await loadBureauAsOf(bureau, date);
  if (!data) return null;
  const publishedDates = new Set(publications.map((p) => toPlainDate(p.period.asOfDate)));
  return toPublicDocument(data, bureau.kind, date, publication.publishedAt, publishedDates);
}
