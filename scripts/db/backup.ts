import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { providerOf } from "@/lib/db/provider";
import { readEnv } from "@/lib/env";

// npm run backup [-- <file>]    a consistent copy of DATABASE_URL's database (default: backups/<time>.db|.dump)
// npm run restore -- <file>     replaces the database's contents with that copy
const [command, file] = process.argv.slice(2);
const url = readEnv().DATABASE_URL;
try {
  if (command === "backup") {
    const target = file ?? path.join("backups", `${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}.${providerOf(url) === "sqlite" ? "db" : "dump"}`);
    mkdirSync(path.dirname(target), { recursive: true });
    await backupDatabase(url, target);
    console.log(`Backed up to ${target}`);
  } else if (command === "restore" && file) {
    await restoreDatabase(url, file);
    console.log(`Restored from ${file}`);
  } else {
    console.error("Usage: npm run backup [-- <file>] | npm run restore -- <file>");
    process.exit(2);
  }
} catch (error) {
  console.error(`${command} failed: ${(error as Error).message}`);
  process.exit(1);
}
