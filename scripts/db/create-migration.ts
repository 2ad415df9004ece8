import { createMigration } from "@/lib/db/migrate";

// Usage: npm run db:migration -- <name>
// Writes a migration for both providers from the change in prisma/schema.prisma.
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name in snake_case>");
  process.exit(1);
}
const postgresUrl = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
for (const [provider, scratchUrl] of [["sqlite", "file::memory:"], ["postgresql", postgresUrl]] as const) {
  const folder = await createMigration(provider, name, scratchUrl);
  console.log(folder ? `${provider}: wrote ${folder}` : `${provider}: schema unchanged, nothing written`);
}
