import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type DatabaseProvider, providerOf } from "./provider";
import { noFilters, withSchemaEngine } from "./schema-engine";

// One migrations folder per provider, because the SQL differs. Each folder keeps
// schema.prisma as it stood at its newest migration: the next migration is the
// diff from that snapshot to today's schema, so no shadow database is needed.
const projectRoot = process.cwd();
const schemaFile = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgres/schema.prisma" } as const;

export function migrationsDir(provider: DatabaseProvider): string {
  return path.join(projectRoot, "prisma", "migrations", provider);
}

function snapshotPath(provider: DatabaseProvider): string {
  return path.join(migrationsDir(provider), "schema.snapshot.prisma");
}

export async function readSchema(provider: DatabaseProvider): Promise<string> {
  return readFile(path.join(projectRoot, schemaFile[provider]), "utf8");
}

async function listMigrations(provider: DatabaseProvider) {
  const baseDir = migrationsDir(provider);
  const names = existsSync(baseDir)
    ? (await readdir(baseDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies every pending migration to the database at `databaseUrl` (only those
 * named before `before`, when given: tests of a data migration); returns their names.
 */
export async function applyMigrations(databaseUrl: string, { before }: { before?: string } = {}): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  const all = await listMigrations(provider);
  const migrationsList = before === undefined ? all : { ...all, migrationDirectories: all.migrationDirectories.filter((m) => m.path < before) };
  const result = await withSchemaEngine(databaseUrl, await readSchema(provider), (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return result.appliedMigrationNames;
}

/** SQL that takes the newest migration's schema to today's schema ("" when nothing changed). */
export async function pendingSchemaChange(provider: DatabaseProvider, scratchUrl: string): Promise<string> {
  const schema = await readSchema(provider);
  const snapshot = existsSync(snapshotPath(provider)) ? await readFile(snapshotPath(provider), "utf8") : null;
  const result = await withSchemaEngine(scratchUrl, schema, (engine) =>
    engine.diff({
      from: snapshot === null
        ? { tag: "empty" }
        : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: snapshot }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  const sql = result.stdout ?? "";
  return /^\s*(--.*\n?)*\s*$/.test(sql) ? "" : sql;
}

/** Writes a new numbered migration for `provider` if the schema changed; returns its folder. */
export async function createMigration(provider: DatabaseProvider, name: string, scratchUrl: string): Promise<string | null> {
  const sql = await pendingSchemaChange(provider, scratchUrl);
  if (sql === "") return null;
  const dir = migrationsDir(provider);
  await mkdir(dir, { recursive: true });
  const count = (await listMigrations(provider)).migrationDirectories.length;
  const folder = `${String(count + 1).padStart(4, "0")}_${name}`;
  await mkdir(path.join(dir, folder));
  await writeFile(path.join(dir, folder, "migration.sql"), sql);
  await writeFile(snapshotPath(provider), await readSchema(provider));
  return folder;
}
