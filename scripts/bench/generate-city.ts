import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed-database";
import { benchCity, generateCity } from "./city-generator";

// npm run bench:generate — adds the benchmark city (40 bureaus × 12 issues ×
// 8 reporting dates) to the database named by DATABASE_URL, after the seed.
const url = readEnv().DATABASE_URL;
await applyMigrations(url);
const db = createClient(url);
await seedDatabase(db);
if (await db.bureau.findFirst({ where: { code: `${benchCity.prefix}-01` } })) {
  console.log("The benchmark city is already there.");
} else {
  const started = performance.now();
  const written = await generateCity(db, benchCity);
  console.log(`Generated ${written.bureaus} bureaus, ${written.issues} issues, ${written.reports} progress reports in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
await db.$disconnect();
