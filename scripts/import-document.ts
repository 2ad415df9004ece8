import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importTargetBureau } from "@/lib/commands/import-bureau";
import { importDocument } from "@/lib/commands/import-document";
import { db } from "@/lib/db";
import { documentText } from "@/lib/documents/document-file";
import { parseDocument } from "@/lib/documents/parse-document";

// npm run import -- <file.txt|file.pdf> --bureau <code> --fiscal-year <year> (--dry-run | --as <email> [--create-bureau])
// --dry-run prints the parsed structure as JSON and touches no database. Without
// it the import runs as the named user (an admin or the bureau's manager): it
// prints what it will create or change, then saves, with an audit entry.
// --create-bureau: when no bureau has the code, create it (an admin's import) with
// the name the document's title gives (局区Ｘ方針〈都市戦略局〉).
const usage = "Usage: npm run import -- <file.txt|file.pdf> --bureau <code> --fiscal-year <year> (--dry-run | --as <email> [--create-bureau])";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bureau: { type: "string" },
    "fiscal-year": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    as: { type: "string" },
    "create-bureau": { type: "boolean", default: false },
  },
});
const file = positionals[0];
if (!file || !values.bureau || !values["fiscal-year"] || (!values["dry-run"] && !values.as)) {
  console.error(usage);
  process.exit(2);
}
let text: string;
try {
  text = await documentText(new Uint8Array(readFileSync(file)));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

if (values["dry-run"]) {
  const parsed = parseDocument(text);
  console.log(JSON.stringify({ bureau: values.bureau, fiscalYear: Number(values["fiscal-year"]), ...parsed }, null, 2));
  if (parsed.issues.length === 0) {
    console.error(`No issue (課題Ａ（１）…) found in ${file}: ${parsed.warnings.map((w) => w.kind).join(", ")}`);
    process.exit(1);
  }
} else {
  const user = await db.user.findUnique({ where: { email: values.as!.toLowerCase() } });
  if (!user) {
    console.error(`No user ${values.as}`);
    process.exit(1);
  }
  const target = await importTargetBureau(user, values.bureau, text, values["create-bureau"], "ja");
  if (!target.ok) {
    console.error(target.kind === "not-found" ? `No bureau with code ${values.bureau} (add --create-bureau to create it from the document's title)` : `Cannot create the bureau (${target.kind}): ${JSON.stringify(target)}`);
    process.exit(1);
  }
  const bureau = { id: target.data.bureauId, name: target.data.name };
  if (target.data.created) console.log(`Created the bureau ${bureau.name} (${values.bureau}).`);
  const input = { bureauId: bureau.id, fiscalYear: values["fiscal-year"], text, confirm: true };
  const result = await importDocument(user, input, "ja");
  if (!result.ok) {
    console.error(`Import refused (${result.kind}):`, JSON.stringify(result.kind === "invalid" ? result.fieldErrors : result, null, 2));
    process.exit(1);
  }
  console.log(JSON.stringify(result.data.plan, null, 2));
  console.log(`Saved the ${bureau.name} document for fiscal year ${values["fiscal-year"]}.`);
  await db.$disconnect();
}
