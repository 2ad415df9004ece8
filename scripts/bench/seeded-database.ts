import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed-database";
import { type CityOptions, generateCity } from "./city-generator";

/** What every bench starts from: the migrations and the seed, on the fresh database at `url`. */
export async function seedBenchDatabase(url: string): Promise<Db> {
  await applyMigrations(url);
  const db = createClient(url);
  await seedDatabase(db);
  return db;
}

/** The seed plus a generated city on the fresh database at `url`, and how long the city took. */
export async function seedCityDatabase(url: string, city: CityOptions) {
  const db = await seedBenchDatabase(url);
  const started = performance.now();
  const written = await generateCity(db, city);
  return { db, written, generateSeconds: (performance.now() - started) / 1000 };
}
