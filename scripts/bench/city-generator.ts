import type { Db } from "@/lib/db/client";
import { writePolicyDocument } from "@/lib/documents/write-document";
import { parsePlainDate } from "@/lib/domain/dates";
import type { ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import type { SeedDocument, SeedIssue } from "@/prisma/seed-data/types";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";

/**
 * A city for the benchmarks: bureaus built from the Policy Bureau's document
 * (its ten issues plus copies up to `issuesPerBureau`), each reporting on
 * `reportingDates` dates. Older periods are closed and approved; the newest is
 * open with a mix of workflow states, so every dashboard aggregate has work.
 * Values come from a seeded generator: the same options give the same city.
 */
export interface CityOptions {
  bureaus: number;
  issuesPerBureau: number;
  reportingDates: number;
  /** Bureau codes are `${prefix}-01`… so several cities can share a database. */
  prefix?: string;
}

export const benchCity: CityOptions = { bureaus: 40, issuesPerBureau: 12, reportingDates: 8, prefix: "bench" };

const documentFiscalYear = 2023;
const statuses: ProgressStatus[] = ["NOT_STARTED", "ON_TRACK", "ON_TRACK", "ON_TRACK", "PARTLY_DELAYED", "DELAYED", "COMPLETED"];
const openStates: WorkflowState[] = ["DRAFT", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED"];

/**
 * Reporting dates from 2023-11-30 on: every 30 November and 31 May. The first
 * is the document's own date, inside its fiscal year (a 31 May report closes
 * the year before).
 */
export function benchReportingDates(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${2023 + Math.floor((i + 1) / 2)}-${i % 2 === 0 ? "11-30" : "05-31"}`);
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

function benchIssues(count: number): SeedIssue[] {
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
        targetFiscalYear: indicator.targetFiscalYear ?? 2026,
      })),
      milestones: [
        ...issue.milestones,
        ...[2023, 2024, 2025, 2026].map((year) => ({
          title: `経営分析（${year}年度）`,
          plannedDate: `${year + 1}-03-31`,
          plannedFiscalYear: year,
          plannedPrecision: "DAY" as const,
          plannedFrom: false,
          plannedText: "",
          doneDate: year < 2025 ? `${year + 1}-03-15` : null,
        })),
      ],
    };
  });
}

function benchDocument(index: number, options: CityOptions, dates: string[]): SeedDocument {
  const number = String(index + 1).padStart(2, "0");
  const ward = index % 4 === 3;
  const name = ward ? `ベンチ${number}区` : `ベンチ${number}局`;
  return {
    ...seisakukyokuR6,
    bureau: { code: `${options.prefix ?? "bench"}-${number}`, name, kind: ward ? "WARD" : "BUREAU" },
    fiscalYear: documentFiscalYear,
    title: `局区Ｘ方針〈${name}〉`,
    reportingPeriod: { asOfDate: dates[0]! },
    issues: benchIssues(options.issuesPerBureau),
  };
}

/** Builds the city; returns how many rows of each kind it wrote. */
export async function generateCity(db: Db, options: CityOptions) {
  const dates = benchReportingDates(options.reportingDates);
  const random = randomSource(20241130);
  let reports = 0;
  for (let index = 0; index < options.bureaus; index++) {
    const doc = benchDocument(index, options, dates);
    const { bureauId, documentId } = await db.$transaction((tx) => writePolicyDocument(tx, doc, null), { timeout: 120_000, maxWait: 10_000 });
    const issues = await db.issue.findMany({
      where: { documentId },
      orderBy: { sortOrder: "asc" },
      select: { id: true, indicators: { select: { id: true } }, milestones: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
    });
    reports += issues.length;
    for (const [order, date] of dates.slice(1).entries()) {
      const latest = order === dates.length - 2;
      const asOfDate = parsePlainDate(date);
      const period = await db.reportingPeriod.create({
        data: {
          bureauId,
          asOfDate,
          // Every period reports on the bureau's one document, so it belongs to that document's year.
          fiscalYear: documentFiscalYear,
          deadline: latest ? new Date(asOfDate.getTime() + 15 * 24 * 60 * 60 * 1000) : null,
          status: latest ? "OPEN" : "CLOSED",
          closedAt: latest ? null : asOfDate,
        },
      });
      await db.progressReport.createMany({
        data: issues.map((issue) => {
          const workflowState = latest ? random.pick(openStates) : "APPROVED";
          return {
            issueId: issue.id,
            periodId: period.id,
            progressText: `${date}時点の進捗。取組みを進めている（生成データ）。`,
            status: random.pick(statuses),
            workflowState,
            submittedAt: workflowState === "DRAFT" ? null : asOfDate,
            reviewedAt: workflowState === "APPROVED" || workflowState === "RETURNED" ? asOfDate : null,
          };
        }),
      });
      const step = (order + 1) / dates.length;
      await db.indicatorValue.createMany({
        data: issues.flatMap((issue) =>
          issue.indicators.map((indicator) => ({ indicatorId: indicator.id, periodId: period.id, actual: Math.round(10 + 90 * step * (0.6 + random.next() * 0.6)) })),
        ),
      });
      // Each report states the milestones done by its date (as the document's done dates have them).
      await db.milestoneCompletion.createMany({
        data: issues.flatMap((issue, i) =>
          issue.milestones.map((milestone, m) => {
            const done = doc.issues[i]!.milestones[m]!.doneDate;
            return { milestoneId: milestone.id, periodId: period.id, doneDate: done !== null && done <= date ? parsePlainDate(done) : null };
          }),
        ),
      });
      reports += issues.length;
    }
  }
  return { bureaus: options.bureaus, issues: options.bureaus * options.issuesPerBureau, reportingDates: dates.length, reports };
}
