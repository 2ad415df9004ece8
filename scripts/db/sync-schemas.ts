import { readFile, writeFile } from "node:fs/promises";

// prisma/schema.prisma (SQLite) is the source; the PostgreSQL schema differs only
// in its provider and client output. `--check` fails when the copy is stale.
const source = await readFile("prisma/schema.prisma", "utf8");
const postgres = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace("../generated/prisma/sqlite", "../../generated/prisma/postgres")
  .replace(
    "// The one source of truth for the data model.",
    "// GENERATED from prisma/schema.prisma by scripts/db/sync-schemas.ts: do not edit.\n// The one source of truth for the data model.",
  );

const target = "prisma/postgres/schema.prisma";
if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== postgres) {
    console.error(`${target} is stale: run npm run db:generate`);
    process.exit(1);
  }
} else {
  await writeFile(target, postgres);
}
