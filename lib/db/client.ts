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

// A write waits for a free connection (or, on SQLite, for the writer before it) up to
// 15 s rather than Prisma's 2 s: on a deadline the pool is busy with everyone's reads,
// and a save that queues is better than one refused (decision 101).
const transactionOptions = { maxWait: 15_000, timeout: 15_000 };

export function createClient(url: string): Db {
  const adapter = createAdapterFactory(url, { prepared: true });
  if (providerOf(url) === "postgresql") return new PostgresClient({ adapter: serializedTransactions(adapter), transactionOptions }) as unknown as Db;
  return new SqliteClient({ adapter: serializedSqlite(adapter), transactionOptions });
}
