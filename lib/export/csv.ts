// RFC 4180 CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
// Japanese as Shift_JIS), CRLF line ends, and a field quoted when it holds a
// comma, a quote or a line break (quotes doubled).

export type CsvCell = string | number | null;

const BOM = "\uFEFF";

/**
 * A text cell that starts like a formula (= + - @, or a tab or CR) gets a
 * leading apostrophe so a spreadsheet shows it instead of evaluating it
 * (OWASP "CSV injection"). Numbers are written as numbers and never touched.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : neutralizeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
