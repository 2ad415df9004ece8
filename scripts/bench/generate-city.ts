import "../audit-trail/load-env";
import { parseArgs } from "node:util";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed-database";
import { benchCity, type CityOptions, generateCity, scaleCity } from "./city-generator";

// npm run bench:generate — adds the benchmark city (40 bureaus × 12 issues ×
// 8 reporting dates) to the database named by DATABASE_URL, after the seed.
// npm run bench:generate -- --years 10 --bureaus 60 [--audit-entries 1000000]
// adds the ten-year city instead: a document a year per bureau, two reporting
// dates a year, and about a million audit entries in the keyed chain.
const { values: args } = parseArgs({ options: { years: { type: "string" }, bureaus: { type: "string" }, "audit-entries": { type: "string" } } });
const count = (text: string | undefined, fallback: number) => {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`not a whole number: ${text}`);
  return value;
};
const scale = args.years !== undefined || args["audit-entries"] !== undefined;
const base = scale ? scaleCity : benchCity;
const options: CityOptions = {
  ...base,
  bureaus: count(args.bureaus, base.bureaus),
  fiscalYears: count(args.years, base.fiscalYears ?? 1),
  auditEntries: count(args["audit-entries"], base.auditEntries ?? 0),
};

const url = readEnv().DATABASE_URL;
await applyMigrations(url);
const db = createClient(url);
await seedDatabase(db);
if (await db.bureau.findFirst({ where: { code: `${options.prefix}-01` } })) {
  console.log(`The ${scale ? "ten-year" : "benchmark"} city is already there.`);
} else {
  const started = performance.now();
  const written = await generateCity(db, options);
  console.log(
    `Generated ${written.bureaus} bureaus × ${written.fiscalYears} fiscal years: ${written.issues} issues, ${written.reports} progress reports, ${written.auditEntries} audit entries in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
await db.$disconnect();
