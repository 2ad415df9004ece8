import { Prisma } from "@/generated/prisma/sqlite/client";
import type { Tx } from "./transaction";

/** A value bound to a parameter: the adapters write a Date as Prisma does (ISO text on SQLite, timestamp on PostgreSQL). */
export type Cell = string | number | Date | null;

/** Rows per statement: well under SQLite's (32,766) and PostgreSQL's (65,535) limits on bound parameters for a dozen columns. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows with one multi-row INSERT per 500 rows, every value bound
 * (Prisma's sql tag writes each engine's placeholders). For thousands of rows
 * Prisma's createMany spends about ten times as long building its query per
 * row as the database takes to write it (decision 043: 5,000 users and their
 * audit entries in ≤ 10 s). `table` and `columns` are the code's own names,
 * never input; a JSON column takes its JSON text; columns left out take their
 * database default. With `returning` (a column, e.g. a generated id), the
 * statements answer that column of the rows they wrote (RETURNING, on both
 * engines), which saves reading them back.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[], returning?: string): Promise<unknown[]> {
  const into = Prisma.raw(`"${table}" (${columns.map((c) => `"${c}"`).join(", ")})`);
  const returned: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    if (!returning) {
      await tx.$executeRaw`INSERT INTO ${into} VALUES ${Prisma.join(values)}`;
      continue;
    }
    const written = await tx.$queryRaw<Record<string, unknown>[]>`INSERT INTO ${into} VALUES ${Prisma.join(values)} RETURNING ${Prisma.raw(`"${returning}"`)}`;
    returned.push(...written.map((row) => row[returning]));
  }
  return returned;
}
