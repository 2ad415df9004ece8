import pg from "pg";

/** The database named by the URL is missing and its user may not create it. */
export class DatabaseNotCreatedError extends Error {
  constructor(
    readonly database: string,
    readonly user: string,
    readonly cause: unknown,
  ) {
    super(`database "${database}" does not exist and user "${user}" may not create it`);
  }
}

const invalidCatalogName = "3D000";
const insufficientPrivilege = "42501";
const duplicateDatabase = "42P04";

export function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** The database and user a PostgreSQL URL names (pg's own defaults when left out). */
export function postgresTarget(url: string): { database: string; user: string; host: string; port: string } {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || "postgres";
  return {
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
    user,
    host: parsed.hostname || "localhost",
    port: parsed.port || "5432",
  };
}

async function canConnect(url: string): Promise<true | unknown> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Creates the PostgreSQL database named by `url` when it does not exist, as
 * `prisma migrate` does: through the server's maintenance database (postgres,
 * else template1) with the same credentials. Other connection failures are
 * thrown as they are, for describeDatabaseError to name.
 */
export async function ensurePostgresDatabase(url: string): Promise<"exists" | "created"> {
  const first = await canConnect(url);
  if (first === true) return "exists";
  if (codeOf(first) !== invalidCatalogName) throw first;
  const { database, user } = postgresTarget(url);
  for (const maintenance of ["postgres", "template1"]) {
    const target = new URL(url);
    target.pathname = `/${maintenance}`;
    const client = new pg.Client({ connectionString: target.toString() });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      if (codeOf(error) === invalidCatalogName) continue;
      throw error;
    }
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
      return "created";
    } catch (error) {
      if (codeOf(error) === duplicateDatabase) return "exists"; // another process created it meanwhile
      if (codeOf(error) === insufficientPrivilege) throw new DatabaseNotCreatedError(database, user, error);
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw first;
}
