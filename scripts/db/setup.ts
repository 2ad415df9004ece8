import { applyMigrations } from "@/lib/db/migrate";
import { createClient } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed-database";
import { describeDatabaseError } from "@/lib/db/describe-error";
import { mkdirSync } from "node:fs";
import { readEnv } from "@/lib/env";

// Brings the database named by DATABASE_URL up to date and loads the seed.
const url = readEnv().DATABASE_URL;
if (url.startsWith("file:./data/")) mkdirSync("data", { recursive: true });
try {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createClient(url);
  console.log((await seedDatabase(db)) === "seeded" ? "Loaded the Policy Bureau document and demo users." : "Seed data already present.");
  await db.$disconnect();
} catch (error) {
  console.error(`Database setup failed: ${describeDatabaseError(error, url)}`);
  process.exit(1);
}
