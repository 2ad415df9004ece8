import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { parsePlainDate } from "@/lib/domain/dates";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// Migration 0015 moves each milestone's one done date into the periods of its
// issue (MilestoneCompletion): from that date on, or the last period when the
// date is later than every period. Run on a database holding rows written
// before it, on both engines.

const provider = process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
let database: TestDatabase;
let client: Db;

const periods = [["p1", "2024-05-31"], ["p2", "2024-11-30"], ["p3", "2025-05-31"]] as const;
const milestones = [["m-done", "2024-08-01"], ["m-open", null], ["m-later", "2025-07-01"]] as const;

beforeAll(async () => {
  database = await createTestDatabase(provider);
  await applyMigrations(database.url, { before: "0015" });
  client = createClient(database.url);
  const run = (sql: string, ...values: unknown[]) => client.$executeRawUnsafe(sql, ...values);
  const now = new Date();
  const p = (n: number) => (provider === "postgresql" ? `$${n}` : "?");
  await run(`INSERT INTO "City" ("id", "code", "name") VALUES ('c', 'mig', '移行市')`);
  await run(`INSERT INTO "Bureau" ("id", "cityId", "code", "name", "kind") VALUES ('b', 'c', 'mig', '移行局', 'BUREAU')`);
  await run(`INSERT INTO "Section" ("id", "bureauId", "name") VALUES ('s', 'b', '企画課')`);
  await run(`INSERT INTO "PolicyDocument" ("id", "bureauId", "fiscalYear", "title", "mission", "updatedAt") VALUES ('d', 'b', 2024, '方針', '使命', ${p(1)})`, now);
  await run(`INSERT INTO "Area" ("id", "documentId", "code", "name", "description", "sortOrder") VALUES ('a', 'd', 'A', 'Ａ領域', '', 0)`);
  await run(
    `INSERT INTO "Issue" ("id", "documentId", "areaId", "code", "number", "sortOrder", "name", "matrixTitle", "summaryBullets", "content", "background", "measuresHeading", "measures", "owningSectionId", "updatedAt")
     VALUES ('i', 'd', 'a', 'A(1)', 1, 0, '課題', '課題', '[]', '内容', '背景', '取組み', '取組み', 's', ${p(1)})`,
    now,
  );
  for (const [id, date] of periods) {
    await run(`INSERT INTO "ReportingPeriod" ("id", "bureauId", "asOfDate", "fiscalYear", "status") VALUES (${p(1)}, 'b', ${p(2)}, 2024, 'CLOSED')`, id, parsePlainDate(date));
    await run(
      `INSERT INTO "ProgressReport" ("id", "issueId", "periodId", "progressText", "status", "workflowState", "updatedAt") VALUES (${p(1)}, 'i', ${p(2)}, '進捗', 'ON_TRACK', 'APPROVED', ${p(3)})`,
      `r-${id}`, id, now,
    );
  }
  for (const [order, [id, done]] of milestones.entries()) {
    await run(
      `INSERT INTO "Milestone" ("id", "issueId", "title", "doneDate", "sortOrder") VALUES (${p(1)}, 'i', ${p(2)}, ${p(3)}, ${p(4)})`,
      id, id, done === null ? null : parsePlainDate(done), order,
    );
  }
  expect(await applyMigrations(database.url)).toContain("0015_milestone_completions_per_period");
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

describe("migration 0015: milestones done per period", () => {
  it("reports each done date in every period from it on, a later one in the last period, and nothing for open milestones", async () => {
    const rows = await client.milestoneCompletion.findMany({ include: { period: true } });
    const found = rows
      .map((r) => `${r.milestoneId} ${r.period.asOfDate.toISOString().slice(0, 10)} ${r.doneDate?.toISOString().slice(0, 10)}`)
      .sort();
    expect(found).toEqual([
      "m-done 2024-11-30 2024-08-01",
      "m-done 2025-05-31 2024-08-01",
      "m-later 2025-05-31 2025-07-01",
    ]);
    expect(await client.milestone.count()).toBe(3);
  });
});
