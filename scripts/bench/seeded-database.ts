import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed-database";

/** What every bench starts from: the migrations and the seed, on the fresh database at `url`. */
export async function seedBenchDatabase(url: string): Promise<Db> {
  await applyMigrations(url);
  const db = createClient(url);
  await seedDatabase(db);
  return db;
}
