import { parse } from "csv-parse/sync";

// Reading a CSV a person exported from another system (HR accounts, a plan's
// tree): bytes decoded as UTF-8 or Shift_JIS, a header row naming the columns
// in Japanese or English, and bounds checked before and while it is read.

export type CsvRefusal = "tooLarge" | "tooManyLines" | "noHeader" | "missingColumns" | "malformed";

export class CsvRefused extends Error {
  constructor(readonly reason: CsvRefusal, readonly detail = "") {
    super(reason);
  }
}

/**
 * The file's text: UTF-8 (with or without a BOM) when it decodes as such,
 * otherwise Shift_JIS (Windows' CP932, what Japanese office systems export). A
 * file that is valid UTF-8 is practically never meant as Shift_JIS with kanji,
 * so no setting is asked of the admin.
 */
export function decodeCsvBytes(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) throw new CsvRefused("tooLarge");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

export interface CsvFormat<C extends string> {
  /** Header names (trimmed; matched as written, then lower-cased) and the column each means. */
  headers: ReadonlyMap<string, C>;
  columns: readonly C[];
  required: readonly C[];
  /** How a refusal names a missing column. */
  labels: ReadonlyMap<C, string>;
  maxBytes: number;
  maxLines: number;
}

export interface CsvLine<C extends string> {
  /** The line's number in the file (the header is line 1), as a person counts them in an editor. */
  line: number;
  fields: ReadonlyMap<C, string>;
}

/** Splits the text into its header and lines; a blank line is skipped, a line's number is kept. */
export function parseHeaderCsv<C extends string>(text: string, format: CsvFormat<C>): CsvLine<C>[] {
  if (text.length > format.maxBytes) throw new CsvRefused("tooLarge");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true,
      to_line: format.maxLines + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new CsvRefused("malformed", error instanceof Error ? error.message.slice(0, 200) : "");
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvRefused("noHeader");
  if (rows.length > format.maxLines) throw new CsvRefused("tooManyLines");
  const positions = new Map<C, number>();
  header.record.forEach((name, index) => {
    const column = format.headers.get(name.trim()) ?? format.headers.get(name.trim().toLowerCase());
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = format.required.filter((column) => !positions.has(column));
  if (missing.length > 0) throw new CsvRefused("missingColumns", missing.map((column) => format.labels.get(column)).join(", "));
  return rows.map(({ record, info }) => ({
    line: info.lines,
    fields: new Map(format.columns.map((column) => [column, record[positions.get(column) ?? -1] ?? ""] as const)),
  }));
}
