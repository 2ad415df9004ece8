import { issueCorrectionSchema } from "./import";

/** Fields of the whole document that the preview can correct ("fix:<field>"). */
const documentFields = new Set(["title", "mission", "reportingDate"]);
/** Fields of one issue ("fix:<code>:<field>"). */
const issueFields = new Set(Object.keys(issueCorrectionSchema.shape));
const issueCode = /^[A-C]\(\d{1,2}\)$/;

/**
 * The preview's corrections from the import form. Field names are chosen by
 * whoever posts the form, so only known document fields, issue codes and issue
 * fields are taken (anything else, `__proto__` included, is dropped), and they
 * are collected in Maps: no user-chosen name ever becomes a property name of an
 * object that already exists.
 */
export function importCorrectionsOf(form: FormData) {
  const documentFixes = new Map<string, string>();
  const issueFixes = new Map<string, Map<string, string>>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || !name.startsWith("fix:")) continue;
    const parts = name.split(":");
    if (parts.length === 2 && documentFields.has(parts[1]!)) documentFixes.set(parts[1]!, value);
    else if (parts.length === 3 && issueCode.test(parts[1]!) && issueFields.has(parts[2]!)) {
      const fixes = issueFixes.get(parts[1]!) ?? new Map<string, string>();
      issueFixes.set(parts[1]!, fixes.set(parts[2]!, value));
    }
  }
  // Object.fromEntries defines own properties: a key can never reach a prototype.
  return {
    ...Object.fromEntries(documentFixes),
    issues: Object.fromEntries([...issueFixes].map(([code, fixes]) => [code, Object.fromEntries(fixes)])),
  };
}
