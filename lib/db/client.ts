import { PrismaClient as PostgresClient } from "@/generated/prisma/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/prisma/sqlite/client";
import { createAdapterFactory, providerOf } from "./provider";
import { serializedSqlite } from "./serialized-sqlite";
import { serializedTransactions } from "./serialized-transactions";

/**
 * Both generated clients share one API (their schemas differ only in provider),
 * so the app is typed against the SQLite client's types.
 */
export type Db = SqliteClient;

export function createClient(url: string): Db {
  const adapter = createAdapterFactory(url);
  if (providerOf(url) === "postgresql") return new PostgresClient({ adapter: serializedTransactions(adapter) }) as unknown as Db;
  return new SqliteClient({ adapter: serializedSqlite(adapter) });
}
