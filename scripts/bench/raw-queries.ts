import Database from "better-sqlite3";
import pg from "pg";
import { providerOf } from "@/lib/db/provider";
import { summarize } from "./stats";

// The aggregates behind each measured page, written as plain SQL and run
// through the bare driver: the floor the page's time is compared with.
// Parameters: the bureau's document and its reporting period (or, for the city
// view and the city-wide plan dashboard, the reporting date).

const dashboardSql = [
  // Issues by area × owning section × status × workflow state for the period.
  `SELECT a."code" AS area, i."owningSectionId" AS section, r."status" AS status, r."workflowState" AS state, COUNT(*) AS n
     FROM "Issue" i JOIN "Area" a ON a."id" = i."areaId"
     LEFT JOIN "ProgressReport" r ON r."issueId" = i."id" AND r."periodId" = $period
    WHERE i."documentId" = $document
    GROUP BY a."code", i."owningSectionId", r."status", r."workflowState"`,
  // Each indicator's path and its actual for the period (the off-track rule).
  `SELECT ind."id", ind."baseline", ind."target", ind."targetFiscalYear", ind."direction", v."actual"
     FROM "Indicator" ind JOIN "Issue" i ON i."id" = ind."issueId"
     LEFT JOIN "IndicatorValue" v ON v."indicatorId" = ind."id" AND v."periodId" = $period
    WHERE i."documentId" = $document`,
];

const matrixSql = [
  // Which sections own or share which issue.
  `SELECT i."id", i."owningSectionId" AS section, 'OWNER' AS role FROM "Issue" i WHERE i."documentId" = $document
   UNION ALL
   SELECT rs."issueId", rs."sectionId", CASE WHEN rs."canEdit" THEN 'EDITOR' ELSE 'RELATED' END
     FROM "IssueRelatedSection" rs JOIN "Issue" i ON i."id" = rs."issueId" WHERE i."documentId" = $document`,
  // Each issue's report for the period.
  `SELECT r."issueId", r."status", r."updatedAt" FROM "ProgressReport" r JOIN "Issue" i ON i."id" = r."issueId"
    WHERE i."documentId" = $document AND r."periodId" = $period`,
];

const citySql = [
  `SELECT p."bureauId", r."workflowState", r."status", COUNT(*) AS n
     FROM "ProgressReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    WHERE p."asOfDate" = $date
    GROUP BY p."bureauId", r."workflowState", r."status"`,
];

/**
 * The plan dashboard: each linked issue of the periods in scope with its node,
 * its report, and its indicators' definitions and actuals for the period.
 */
const planSql = (periods: string) => [
  `SELECT i."id", l."nodeId", r."status", r."workflowState", ind."id" AS indicator, ind."direction", ind."baseline", ind."target", v."actual", v."carriedForward"
     FROM "ReportingPeriod" p
     JOIN "PolicyDocument" d ON d."bureauId" = p."bureauId" AND d."fiscalYear" = p."fiscalYear"
     JOIN "Issue" i ON i."documentId" = d."id"
     JOIN "IssuePlanNode" l ON l."issueId" = i."id"
     LEFT JOIN "ProgressReport" r ON r."issueId" = i."id" AND r."periodId" = p."id"
     LEFT JOIN "Indicator" ind ON ind."issueId" = i."id"
     LEFT JOIN "IndicatorValue" v ON v."indicatorId" = ind."id" AND v."periodId" = p."id"
    WHERE ${periods}`,
];

export const rawQueries = {
  dashboard: dashboardSql,
  matrix: matrixSql,
  city: citySql,
  planCity: planSql(`p."asOfDate" = $date`),
  planBureau: planSql(`p."id" = $period`),
};
export type RawQueryName = keyof typeof rawQueries;

interface Params {
  document: string;
  period: string;
  /** The reporting date as the database stores it. */
  date: Date;
}

/** Runs `name`'s statements `runs` times (after a warm-up) and summarises the times. */
export async function measureRawQuery(url: string, name: RawQueryName, params: Params, runs: number) {
  const statements = rawQueries[name];
  const times: number[] = [];
  if (providerOf(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    const sqlite = new Database(file, { readonly: true });
    const prepared = statements.map((sql) => sqlite.prepare(sql.replace(/\$(\w+)/g, "@$1")));
    // Prisma's SQLite adapter stores a DateTime as ISO-8601 text with an explicit offset.
    const values = { document: params.document, period: params.period, date: params.date.toISOString().replace("Z", "+00:00") };
    const runAll = () => prepared.forEach((statement) => statement.all(pick(statement.source, values)));
    for (let i = 0; i < 20; i++) runAll();
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      runAll();
      times.push(performance.now() - started);
    }
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = statements.map((sql) => {
      const names: string[] = [];
      const text = sql.replace(/\$(\w+)/g, (_, key: string) => `$${(names.includes(key) ? names.indexOf(key) : names.push(key) - 1) + 1}`);
      return { text, names };
    });
    const values = { document: params.document, period: params.period, date: params.date };
    const runAll = async () => {
      for (const { text, names } of numbered) await client.query(text, names.map((key) => values[key as keyof typeof values]));
    };
    for (let i = 0; i < 20; i++) await runAll();
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await runAll();
      times.push(performance.now() - started);
    }
    await client.end();
  }
  return summarize(times);
}

/** Only the named parameters a statement uses (better-sqlite3 refuses unused ones). */
function pick(source: string, values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => source.includes(`@${key}`)));
}
