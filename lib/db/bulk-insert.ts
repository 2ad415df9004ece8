import { Prisma } from "@/generated/prisma/sqlite/client";
import { providerOf } from "./provider";
import type { Tx } from "./transaction";

/** A value bound to a parameter: the adapters write a Date as Prisma does (ISO text on SQLite, timestamp on PostgreSQL). */
export type Cell = string | number | Date | null;

/** Rows per statement: well under SQLite's (32,766) and PostgreSQL's (65,535) limits on bound parameters for a dozen columns. */
const ROWS_PER_STATEMENT = 500;

/** What else an insert does: answer a column of the rows written, or update the row already holding a key. */
export interface InsertOptions {
  /** A column (e.g. a generated id) the statements answer for the rows they wrote (RETURNING): no need to read them back. */
  returning?: string;
  /**
   * Upsert: a row whose `key` columns match an existing row's updates that row's `update` columns
   * instead (ON CONFLICT … DO UPDATE, on both engines; `key` must be a unique index). A key may
   * appear once among the rows: a statement cannot write one row twice.
   */
  onConflict?: {
    key: readonly string[];
    update: readonly string[];
    /** Flags the updated row takes whatever the insert said (a new row takes the column's default). */
    set?: Readonly<Record<string, boolean>>;
  };
  /**
   * Another write that goes with the rows (e.g. raising counters): on PostgreSQL a WITH clause of the
   * last INSERT, so one round trip does both; on SQLite, which has no data-modifying WITH and no
   * round trip to save (it runs in process), a statement of its own after the rows.
   */
  alongside?: Prisma.Sql;
}

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");

/**
 * Inserts rows with one multi-row INSERT per 500 rows, every value bound
 * (Prisma's sql tag writes each engine's placeholders). For thousands of rows
 * Prisma's createMany spends about ten times as long building its query per
 * row as the database takes to write it (decision 043: 5,000 users and their
 * audit entries in ≤ 10 s); for a handful, one statement instead of one each
 * is one round trip instead of several. `table` and `columns` are the code's
 * own names, never input; a JSON column takes its JSON text; columns left out
 * take their database default. Answers the `returning` column's values, if asked.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[], options: InsertOptions = {}): Promise<unknown[]> {
  const into = Prisma.raw(`"${table}" (${quoted(columns)})`);
  const { returning, onConflict, alongside } = options;
  const together = alongside !== undefined && providerOf(process.env.DATABASE_URL ?? "file:") === "postgresql";
  const upsert = onConflict
    ? Prisma.raw(
        ` ON CONFLICT (${quoted(onConflict.key)}) DO UPDATE SET ${[
          ...onConflict.update.map((c) => `"${c}" = excluded."${c}"`),
          ...Object.entries(onConflict.set ?? {}).map(([c, on]) => `"${c}" = ${on ? "TRUE" : "FALSE"}`),
        ].join(", ")}`,
      )
    : Prisma.empty;
  const returned: unknown[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    const last = start + ROWS_PER_STATEMENT >= rows.length;
    const prefix = together && last ? Prisma.sql`WITH "alongside" AS (${alongside}) ` : Prisma.empty;
    if (!returning) {
      await tx.$executeRaw`${prefix}INSERT INTO ${into} VALUES ${Prisma.join(values)}${upsert}`;
      continue;
    }
    const written = await tx.$queryRaw<Record<string, unknown>[]>`${prefix}INSERT INTO ${into} VALUES ${Prisma.join(values)}${upsert} RETURNING ${Prisma.raw(`"${returning}"`)}`;
    returned.push(...written.map((row) => row[returning]));
  }
  if (alongside !== undefined && (!together || rows.length === 0)) await tx.$executeRaw(alongside);
  return returned;
}
