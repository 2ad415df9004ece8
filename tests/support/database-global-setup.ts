import type { TestProject } from "vitest/node";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed-database";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Creates, migrates and seeds the run's database; drops it when the run ends. */
export default async function setup(project: TestProject) {
  const provider = project.config.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
  const database = await createTestDatabase(provider);
  await applyMigrations(database.url);
  const db = createClient(database.url);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
