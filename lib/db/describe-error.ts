import { codeOf, DatabaseNotCreatedError, postgresTarget } from "./ensure-database";
import { providerOf } from "./provider";

// PostgreSQL's SQLSTATEs for a refused login and a missing database; the
// schema engine reports the same faults in its own words.
const refusedLogin = /^28(000|P01)$/;
const engineRefusedLogin = /Authentication failed against database server|was denied access on the database/i;
const engineMissingDatabase = /^Database `[^`]*` does not exist/i;
const unreachable = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|Can't reach database server|unable to open|SQLITE_CANTOPEN|ENOTDIR|EEXIST|EACCES|EROFS/i;

/** A one-line explanation of a database failure that names no secret, and what fixes it. */
export function describeDatabaseError(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n")[0] ?? message;
  if (providerOf(url) === "sqlite") {
    return unreachable.test(message)
      ? `cannot open the database (SQLite file ${url.slice("file:".length)}). Check DATABASE_URL and that its folder exists and is writable.`
      : firstLine;
  }
  const { database, user, host, port } = postgresTarget(url);
  const server = `PostgreSQL at ${host}:${port}`;
  const createdb = `createdb -h ${host} -p ${port} -U postgres -O ${user} ${database}`;
  if (error instanceof DatabaseNotCreatedError) {
    return `database "${database}" does not exist on ${server}, and user "${user}" may not create databases. As a user who may (e.g. postgres), run: ${createdb}`;
  }
  const code = codeOf(error);
  if (code === "3D000" || engineMissingDatabase.test(message)) {
    return `database "${database}" does not exist on ${server}. Create it with: ${createdb}`;
  }
  if ((code !== undefined && refusedLogin.test(code)) || engineRefusedLogin.test(message)) {
    return `${server} refused the login of user "${user}"${code ? ` (${firstLine})` : ""}. Check the user name and password in DATABASE_URL.`;
  }
  if (unreachable.test(message)) {
    return `cannot reach the database server (${server}). Check DATABASE_URL and that the server is running.`;
  }
  return firstLine;
}
