import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { providerOf } from "@/lib/db/provider";
import { seedDatabase } from "@/prisma/seed-database";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// A database of its own (the run's shared one is left alone), on the engine of this run.
let database: TestDatabase;
let db: Db;
const dir = mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));

beforeAll(async () => {
  database = await createTestDatabase(providerOf(process.env.DATABASE_URL!));
  await applyMigrations(database.url);
  db = createClient(database.url);
  await seedDatabase(db);
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = async () => ({
  issues: await db.issue.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, content: true, version: true } }),
  reports: await db.progressReport.findMany({ orderBy: { id: "asc" }, select: { id: true, progressText: true, workflowState: true } }),
  users: await db.user.count(),
  audit: await db.auditEntry.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true } }),
});

describe("backup and restore", () => {
  it("brings back exactly what was backed up after the data changed", async () => {
    const before = await snapshot();
    const file = path.join(dir, "portal.backup");
    await backupDatabase(database.url, file);

    await db.issue.updateMany({ where: { code: "A(1)" }, data: { name: "バックアップ後に変えた名前" } });
    await db.progressReport.deleteMany({ where: { issue: { code: "B(2)" } } });
    await db.user.deleteMany({ where: { email: "auditor@example.jp" } });
    expect(await snapshot()).not.toEqual(before);

    await restoreDatabase(database.url, file);
    // A fresh client: nothing cached from before the restore.
    await db.$disconnect();
    db = createClient(database.url);
    expect(await snapshot()).toEqual(before);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);
});
