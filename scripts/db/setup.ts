import "@/scripts/audit-trail/load-env";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { auditConfig } from "@/lib/audit/audit-config";
import { resealIfNeeded } from "@/lib/audit/reseal-command";
import { createClient } from "@/lib/db/client";
import { describeDatabaseError } from "@/lib/db/describe-error";
import { ensurePostgresDatabase, postgresTarget } from "@/lib/db/ensure-database";
import { applyMigrations } from "@/lib/db/migrate";
import { providerOf } from "@/lib/db/provider";
import { readEnv } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed-database";

// Brings the database named by DATABASE_URL up to date and loads the demo seed
// (unless DEMO_DATA=off); on any failure it says what is wrong in one line and
// exits 1 (no stack trace).
let url = "";
try {
  url = readEnv().DATABASE_URL;
  // Both engines create a missing database, as Prisma's migrate does: SQLite's
  // file with its folder, PostgreSQL's database when the user may.
  if (providerOf(url) === "sqlite") mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
  else if ((await ensurePostgresDatabase(url)) === "created") {
    console.log(`Created the database "${postgresTarget(url).database}".`);
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createClient(url);
  if (readEnv().DEMO_DATA === "off") {
    console.log("DEMO_DATA=off: no demo document or users loaded (npm run admin:create makes the first admin).");
  } else {
    console.log((await seedDatabase(db)) === "seeded" ? "Loaded the Policy Bureau document and demo users." : "Seed data already present.");
  }
  const resealed = await resealIfNeeded(db, auditConfig);
  if (resealed) console.log(resealed);
  await db.$disconnect();
} catch (error) {
  console.error(`Database setup failed: ${url ? describeDatabaseError(error, url) : (error as Error).message}`);
  process.exit(1);
}
