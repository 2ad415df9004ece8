import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseDocument } from "@/lib/documents/parse-document";

// npm run import -- <file.txt> --bureau <code> --fiscal-year <year> --dry-run
// Parses a 局区Ｘ方針 taken from its PDF and prints the structure as JSON.
// Saving (with a preview of what would change) is not built yet: --dry-run is required.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bureau: { type: "string" }, "fiscal-year": { type: "string" }, "dry-run": { type: "boolean", default: false } },
});
const file = positionals[0];
if (!file || !values.bureau || !values["fiscal-year"]) {
  console.error("Usage: npm run import -- <file.txt> --bureau <code> --fiscal-year <year> --dry-run");
  process.exit(2);
}
if (!values["dry-run"]) {
  console.error("Only --dry-run is available so far: saving an import is not built yet.");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const parsed = parseDocument(text);
console.log(JSON.stringify({ bureau: values.bureau, fiscalYear: Number(values["fiscal-year"]), ...parsed }, null, 2));
if (parsed.issues.length === 0) {
  console.error(`No issue (課題Ａ（１）…) found in ${file}: ${parsed.warnings.map((w) => w.kind).join(", ")}`);
  process.exit(1);
}
