import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { preparedStatementNames } from "./prepared-statements";

export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/**
 * The driver adapter Prisma 7 needs at run time, for either engine. The app's client keeps its
 * PostgreSQL statements prepared (decision 113); the schema engine's does not, since DDL may change
 * what a kept statement reads.
 */
export function createAdapterFactory(url: string, options: { prepared?: boolean } = {}): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(url) === "sqlite") {
    // A busy timeout lets concurrent writers queue instead of failing at once.
    return new PrismaBetterSqlite3({ url, timeout: 5000 });
  }
  return new PrismaPg({ connectionString: url }, options.prepared ? { statementNameGenerator: preparedStatementNames() } : {});
}
