import { parse } from "csv-parse/sync";

/** Bounds on an HR file: checked before it is decoded, and while it is split into lines. */
export const HR_CSV_MAX_BYTES = 2 * 1024 * 1024;
export const HR_CSV_MAX_LINES = 10_000;

/** The columns the import reads, and the header names an HR export may give them (Japanese first). */
const columnNames = new Map<string, HrColumn>([
  ["氏名", "name"], ["名前", "name"], ["name", "name"],
  ["メールアドレス", "email"], ["メール", "email"], ["email", "email"],
  ["役割", "role"], ["権限", "role"], ["role", "role"],
  ["局・区", "bureau"], ["局区", "bureau"], ["局", "bureau"], ["所属局", "bureau"], ["bureau", "bureau"],
  ["課", "section"], ["所属課", "section"], ["section", "section"],
]);
export type HrColumn = "name" | "email" | "role" | "bureau" | "section";
export const hrColumns: readonly HrColumn[] = ["name", "email", "role", "bureau", "section"];
/** How a refusal names a missing column: its usual Japanese header, and the English one. */
const columnLabels = new Map<HrColumn, string>([["name", "氏名 (name)"], ["email", "メールアドレス (email)"], ["role", "役割 (role)"], ["bureau", "局・区 (bureau)"], ["section", "課 (section)"]]);

export interface HrLine {
  /** The line's number in the file (the header is line 1), as a person counts them in an editor. */
  line: number;
  fields: ReadonlyMap<HrColumn, string>;
}

export type HrCsvError = "tooLarge" | "tooManyLines" | "noHeader" | "missingColumns" | "malformed";

export class HrCsvRefused extends Error {
  constructor(readonly reason: HrCsvError, readonly detail = "") {
    super(reason);
  }
}

/**
 * The file's text: UTF-8 (with or without a BOM) when it decodes as such,
 * otherwise Shift_JIS (Windows' CP932, what Japanese HR systems export). A file
 * that is valid UTF-8 is practically never meant as Shift_JIS with kanji, so
 * no setting is asked of the admin.
 */
export function decodeHrCsv(bytes: Uint8Array): string {
  if (bytes.byteLength > HR_CSV_MAX_BYTES) throw new HrCsvRefused("tooLarge");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** Splits the text into its header and lines; a blank line is skipped, a line's number is kept. */
export function parseHrCsv(text: string): HrLine[] {
  if (text.length > HR_CSV_MAX_BYTES) throw new HrCsvRefused("tooLarge");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true,
      to_line: HR_CSV_MAX_LINES + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new HrCsvRefused("malformed", error instanceof Error ? error.message.slice(0, 200) : "");
  }
  const [header, ...rows] = records;
  if (!header) throw new HrCsvRefused("noHeader");
  if (rows.length > HR_CSV_MAX_LINES) throw new HrCsvRefused("tooManyLines");
  const positions = new Map<HrColumn, number>();
  header.record.forEach((name, index) => {
    const column = columnNames.get(name.trim().toLowerCase()) ?? columnNames.get(name.trim());
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = hrColumns.filter((column) => column !== "section" && !positions.has(column));
  if (missing.length > 0) throw new HrCsvRefused("missingColumns", missing.map((column) => columnLabels.get(column)).join(", "));
  return rows.map(({ record, info }) => ({
    line: info.lines,
    fields: new Map(hrColumns.map((column) => [column, record[positions.get(column) ?? -1] ?? ""] as const)),
  }));
}
