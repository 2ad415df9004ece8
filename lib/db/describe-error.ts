import { providerOf } from "./provider";

/** A one-line explanation of a database failure that names no secret. */
export function describeDatabaseError(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ENOTFOUND|connect|does not exist|unable to open|SQLITE_CANTOPEN/i.test(message)) {
    const where = providerOf(url) === "sqlite" ? `SQLite file ${url.slice("file:".length)}` : `PostgreSQL at ${new URL(url).host}`;
    return `cannot reach the database (${where}). Check DATABASE_URL and that the server is running.`;
  }
  return message.split("\n")[0] ?? message;
}
