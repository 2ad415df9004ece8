import { randomUUID } from "node:crypto";
import { insertRows } from "@/lib/db/bulk-insert";
import type { Db } from "@/lib/db/client";
import { writeAuditHistory } from "./audit-history";
import { writePolicyDocument } from "@/lib/documents/write-document";
import { parsePlainDate } from "@/lib/domain/dates";
import type { ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import type { SeedDocument, SeedIssue } from "@/prisma/seed-data/types";
import { newVision } from "@/prisma/seed-data/new-vision";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";

/**
 * A city for the benchmarks: bureaus built from the Policy Bureau's document
 * (its ten issues plus copies up to `issuesPerBureau`), with a document for each
 * of `fiscalYears` years, each reporting on `reportingDates` dates. Older periods
 * are closed and approved; the newest is open with a mix of workflow states, so
 * every dashboard aggregate has work. Optionally an audit history of
 * `auditEntries` entries, sealed into the chain as the app seals them.
 * Values come from a seeded generator: the same options give the same city.
 */
export interface CityOptions {
  bureaus: number;
  issuesPerBureau: number;
  /** Reporting dates per document (per fiscal year). */
  reportingDates: number;
  /** Documents per bureau, one a fiscal year from `firstFiscalYear` (default 1, 2023). */
  fiscalYears?: number;
  firstFiscalYear?: number;
  /** Accounts per bureau (default 0), the actors of the audit history. */
  usersPerBureau?: number;
  /** Audit entries to add, spread over the 30 days before each reporting date (default 0). */
  auditEntries?: number;
  /** Bureau codes are `${prefix}-01`… so several cities can share a database. */
  prefix?: string;
  /** Link every issue to one of the seeded New Vision's strategies (in turn), so the plan dashboard has the whole city to show. */
  planLinks?: boolean;
}

export const benchCity: CityOptions = { bureaus: 40, issuesPerBureau: 12, reportingDates: 8, prefix: "bench", planLinks: true };

/** Ten years of a large city (npm run bench:generate -- --years 10 --bureaus 60; npm run bench:scale). */
export const scaleCity: CityOptions = { bureaus: 60, issuesPerBureau: 12, reportingDates: 2, fiscalYears: 10, firstFiscalYear: 2016, usersPerBureau: 5, auditEntries: 1_000_000, prefix: "scale" };

const statuses: ProgressStatus[] = ["NOT_STARTED", "ON_TRACK", "ON_TRACK", "ON_TRACK", "PARTLY_DELAYED", "DELAYED", "COMPLETED"];
const openStates: WorkflowState[] = ["DRAFT", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"];

/**
 * Reporting dates from 30 November of `fiscalYear` on: every 30 November and
 * 31 May. The first is the document's own date, inside its fiscal year (a
 * 31 May report closes the year before).
 */
export function benchReportingDates(count: number, fiscalYear = 2023): string[] {
  return Array.from({ length: count }, (_, i) => `${fiscalYear + Math.floor((i + 1) / 2)}-${i % 2 === 0 ? "11-30" : "05-31"}`);
}

/** mulberry32: a tiny deterministic generator, so every run builds the same city. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

function benchIssues(count: number, fiscalYear: number): SeedIssue[] {
  const source = seisakukyokuR6.issues;
  return Array.from({ length: count }, (_, i) => {
    const base = source[i % source.length]!;
    const copy = Math.floor(i / source.length);
    const issue: SeedIssue = copy === 0 ? base : { ...base, code: `C(${i - source.length + 2})`, area: "C", number: i - source.length + 2, name: `${base.name}（${copy + 1}）` };
    return {
      ...issue,
      // Every indicator gets a path (baseline → target) so the off-track rule applies.
      indicators: issue.indicators.map((indicator) => ({
        ...indicator,
        direction: "UP" as const,
        baseline: indicator.baseline ?? 10,
        target: indicator.target ?? 100,
        targetFiscalYear: indicator.targetFiscalYear ?? fiscalYear + 3,
      })),
      milestones: [
        ...issue.milestones,
        ...[0, 1, 2, 3].map((offset) => fiscalYear + offset).map((year) => ({
          title: `経営分析（${year}年度）`,
          plannedDate: `${year + 1}-03-31`,
          plannedFiscalYear: year,
          plannedPrecision: "DAY" as const,
          plannedFrom: false,
          plannedText: "",
          doneDate: year < fiscalYear + 2 ? `${year + 1}-03-15` : null,
        })),
      ],
    };
  });
}

function benchDocument(index: number, options: CityOptions, fiscalYear: number, firstDate: string): SeedDocument {
  const number = String(index + 1).padStart(2, "0");
  const ward = index % 4 === 3;
  const name = ward ? `ベンチ${number}区` : `ベンチ${number}局`;
  return {
    ...seisakukyokuR6,
    bureau: { code: `${options.prefix ?? "bench"}-${number}`, name, kind: ward ? "WARD" : "BUREAU" },
    fiscalYear,
    title: `局区Ｘ方針〈${name}〉`,
    reportingPeriod: { asOfDate: firstDate },
    issues: benchIssues(options.issuesPerBureau, fiscalYear),
  };
}

/** A period of the generated city, as the audit history needs it. */
export interface GeneratedPeriod {
  date: string;
  bureauId: string;
  periodId: string;
  reportIds: string[];
  userIds: string[];
}

/**
 * Builds the city; returns how many rows of each kind it wrote. Documents go
 * through the importer's own writer; the many rows of each period (reports,
 * actuals, milestones done, audit entries) are written by multi-row INSERTs.
 */
export async function generateCity(db: Db, options: CityOptions) {
  const years = options.fiscalYears ?? 1;
  const firstYear = options.firstFiscalYear ?? 2023;
  const random = randomSource(20241130);
  const periods: GeneratedPeriod[] = [];
  let reports = 0;
  const strategies = options.planLinks
    ? await db.planNode.findMany({ where: { plan: { name: newVision.name }, parentId: null }, orderBy: { sortOrder: "asc" }, select: { id: true } })
    : [];
  for (let index = 0; index < options.bureaus; index++) {
    let userIds: string[] = [];
    for (let year = firstYear; year < firstYear + years; year++) {
      const dates = benchReportingDates(options.reportingDates, year);
      const doc = benchDocument(index, options, year, dates[0]!);
      const { bureauId, documentId } = await db.$transaction((tx) => writePolicyDocument(tx, doc, null), { timeout: 120_000, maxWait: 10_000 });
      if (year === firstYear) userIds = await createBureauUsers(db, bureauId, doc.bureau.code, options.usersPerBureau ?? 0);
      const issues = await db.issue.findMany({
        where: { documentId },
        orderBy: { sortOrder: "asc" },
        select: { id: true, indicators: { select: { id: true } }, milestones: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
      });
      if (strategies.length > 0) {
        const links = issues.map((issue, i) => [issue.id, strategies[i % strategies.length]!.id]);
        await db.$transaction((tx) => insertRows(tx, "IssuePlanNode", ["issueId", "nodeId"], links));
      }
      const first = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId, asOfDate: parsePlainDate(dates[0]!) }, select: { id: true, progressReports: { select: { id: true } } } });
      periods.push({ date: dates[0]!, bureauId, periodId: first.id, reportIds: first.progressReports.map((r) => r.id), userIds });
      reports += issues.length;
      for (const [order, date] of dates.slice(1).entries()) {
        const latest = year === firstYear + years - 1 && order === dates.length - 2;
        const asOfDate = parsePlainDate(date);
        const period = await db.reportingPeriod.create({
          data: {
            bureauId,
            asOfDate,
            // Every period reports on the bureau's document of that year, so it belongs to that document's year.
            fiscalYear: year,
            deadline: latest ? new Date(asOfDate.getTime() + 15 * 24 * 60 * 60 * 1000) : null,
            status: latest ? "OPEN" : "CLOSED",
            closedAt: latest ? null : asOfDate,
          },
        });
        const now = new Date();
        const reportRows = issues.map((issue) => {
          const workflowState = latest ? random.pick(openStates) : "APPROVED";
          return [
            randomUUID(), issue.id, period.id, `${date}時点の進捗。取組みを進めている（生成データ）。`, random.pick(statuses), workflowState,
            workflowState === "DRAFT" ? null : asOfDate, workflowState === "APPROVED" || workflowState === "RETURNED" ? asOfDate : null, now,
          ];
        });
        const step = (order + 1) / dates.length;
        const valueRows = issues.flatMap((issue) =>
          issue.indicators.map((indicator) => [randomUUID(), indicator.id, period.id, Math.round(10 + 90 * step * (0.6 + random.next() * 0.6))]),
        );
        // Each report states the milestones done by its date (as the document's done dates have them).
        const completionRows = issues.flatMap((issue, i) =>
          issue.milestones.map((milestone, m) => {
            const done = doc.issues[i]!.milestones[m]!.doneDate;
            return [randomUUID(), milestone.id, period.id, done !== null && done <= date ? parsePlainDate(done) : null];
          }),
        );
        await db.$transaction(async (tx) => {
          await insertRows(tx, "ProgressReport", ["id", "issueId", "periodId", "progressText", "status", "workflowState", "submittedAt", "reviewedAt", "updatedAt"], reportRows);
          await insertRows(tx, "IndicatorValue", ["id", "indicatorId", "periodId", "actual"], valueRows);
          await insertRows(tx, "MilestoneCompletion", ["id", "milestoneId", "periodId", "doneDate"], completionRows);
        });
        periods.push({ date, bureauId, periodId: period.id, reportIds: reportRows.map((row) => row[0] as string), userIds });
        reports += issues.length;
      }
    }
  }
  const auditEntries = options.auditEntries ? await writeAuditHistory(db, periods, options.auditEntries) : 0;
  // After a bulk load PostgreSQL plans from statistics it has not gathered yet (autovacuum
  // would, in time; it is off on some test servers): without them a filtered, limited
  // query of the log walks the whole table backwards. SQLite keeps none unless asked.
  if ((db as unknown as { _activeProvider: string })._activeProvider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  return { bureaus: options.bureaus, fiscalYears: years, issues: options.bureaus * options.issuesPerBureau * years, reportingDates: years * options.reportingDates, reports, auditEntries };
}

/** Staff accounts of a generated bureau (no password: they only act in the history). */
async function createBureauUsers(db: Db, bureauId: string, code: string, count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => [randomUUID(), `${code}-user${i + 1}@example.jp`, `${code} 職員${i + 1}`, i === 0 ? "MANAGER" : "STAFF", bureauId, new Date()]);
  await db.$transaction((tx) => insertRows(tx, "User", ["id", "email", "name", "role", "bureauId", "createdAt"], rows));
  return rows.map((row) => row[0] as string);
}
