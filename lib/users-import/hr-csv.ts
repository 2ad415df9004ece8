import { type CsvFormat, type CsvLine, CsvRefused, decodeCsvBytes, parseHeaderCsv } from "@/lib/csv/header-csv";

/** Bounds on an HR file: checked before it is decoded, and while it is split into lines. */
export const HR_CSV_MAX_BYTES = 2 * 1024 * 1024;
export const HR_CSV_MAX_LINES = 10_000;

export type HrColumn = "name" | "email" | "role" | "bureau" | "section";
export const hrColumns: readonly HrColumn[] = ["name", "email", "role", "bureau", "section"];

/** The columns the import reads, and the header names an HR export may give them (Japanese first). */
const hrFormat: CsvFormat<HrColumn> = {
  headers: new Map<string, HrColumn>([
    ["氏名", "name"], ["名前", "name"], ["name", "name"],
    ["メールアドレス", "email"], ["メール", "email"], ["email", "email"],
    ["役割", "role"], ["権限", "role"], ["role", "role"],
    ["局・区", "bureau"], ["局区", "bureau"], ["局", "bureau"], ["所属局", "bureau"], ["bureau", "bureau"],
    ["課", "section"], ["所属課", "section"], ["section", "section"],
  ]),
  columns: hrColumns,
  required: ["name", "email", "role", "bureau"],
  labels: new Map<HrColumn, string>([["name", "氏名 (name)"], ["email", "メールアドレス (email)"], ["role", "役割 (role)"], ["bureau", "局・区 (bureau)"], ["section", "課 (section)"]]),
  maxBytes: HR_CSV_MAX_BYTES,
  maxLines: HR_CSV_MAX_LINES,
};

export type HrLine = CsvLine<HrColumn>;
export { CsvRefused as HrCsvRefused };

export const decodeHrCsv = (bytes: Uint8Array) => decodeCsvBytes(bytes, HR_CSV_MAX_BYTES);
export const parseHrCsv = (text: string): HrLine[] => parseHeaderCsv(text, hrFormat);
