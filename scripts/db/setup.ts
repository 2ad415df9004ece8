import { mkdirSync } from "node:fs";
import { createClient } from "@/lib/db/client";
import { describeDatabaseError } from "@/lib/db/describe-error";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed-database";

// Brings the database named by DATABASE_URL up to date and loads the seed;
// on any failure it says what is wrong in one line and exits 1 (no stack trace).
let url = "";
try {
  url = readEnv().DATABASE_URL;
  if (url.startsWith("file:./data/")) mkdirSync("data", { recursive: true });
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createClient(url);
  console.log((await seedDatabase(db)) === "seeded" ? "Loaded the Policy Bureau document and demo users." : "Seed data already present.");
  await db.$disconnect();
} catch (error) {
  console.error(`Database setup failed: ${url ? describeDatabaseError(error, url) : (error as Error).message}`);
  process.exit(1);
}
