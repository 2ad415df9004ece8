import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed-database";
import { makeTestAuditKeys, useTestAuditKeys } from "./audit-keys";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    auditKeys: ReturnType<typeof makeTestAuditKeys>;
  }
}

/** Creates, migrates and seeds the run's database; drops it when the run ends. */
export default async function setup(project: TestProject) {
  const provider = project.config.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
  const auditKeys = makeTestAuditKeys();
  useTestAuditKeys(auditKeys);
  project.provide("auditKeys", auditKeys);
  const database = await createTestDatabase(provider);
  await applyMigrations(database.url);
  const db = createClient(database.url);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
    rmSync(path.dirname(auditKeys.hmacKeyFile), { recursive: true, force: true });
  };
}
