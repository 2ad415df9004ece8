import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { providerOf } from "./provider";

const run = promisify(execFile);

const sqlitePath = (url: string) => url.replace(/^file:/, "");

/**
 * A consistent copy of the database at `url` in `file`, taken while the portal
 * runs: SQLite's online backup API (pages copied under a read lock, so a
 * half-written transaction never lands in the copy), or pg_dump (one snapshot
 * transaction) in its custom format for PostgreSQL.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const source = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return;
  }
  await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", url]);
}

/**
 * Brings a backup back into the database at `url`, replacing what is there:
 * for SQLite the backup is copied into the live file through the backup API;
 * for PostgreSQL pg_restore drops and recreates every object, in one transaction.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(sqlitePath(url));
    } finally {
      backup.close();
    }
    return;
  }
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, file]);
}
