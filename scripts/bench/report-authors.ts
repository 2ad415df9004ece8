import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { benchCity } from "./city-generator";

// The benchmark city's report authors, for the benches that save ⑤ through the
// report editor's server action as a browser without JavaScript posts the form.

export interface ReportAuthor {
  email: string;
  bureauCode: string;
  reportId: string;
}

/** `count` staff accounts (password `password`), each the author of its own editable report, spread over the bureaus. */
export async function createReportAuthors(db: Db, count: number, password: string): Promise<ReportAuthor[]> {
  const passwordHash = await hashPassword(password);
  const authors: ReportAuthor[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const code = `${benchCity.prefix}-${String((i % benchCity.bureaus) + 1).padStart(2, "0")}`;
    // Once a bureau's editable reports are all taken (200 users), any bureau's.
    const free = { id: { notIn: [...taken] }, workflowState: { in: ["DRAFT" as const, "RETURNED" as const] } };
    const select = { id: true, issue: { select: { owningSectionId: true } }, period: { select: { bureauId: true, bureau: { select: { code: true } } } } };
    const report =
      (await db.progressReport.findFirst({ where: { ...free, period: { status: "OPEN", bureau: { code } } }, select })) ??
      (await db.progressReport.findFirstOrThrow({ where: { ...free, period: { status: "OPEN", bureau: { code: { startsWith: benchCity.prefix } } } }, select }));
    taken.add(report.id);
    const email = `load-${i}@example.jp`;
    await db.user.create({ data: { email, name: `負荷 ${i}`, role: "STAFF", passwordHash, bureauId: report.period.bureauId, sectionId: report.issue.owningSectionId } });
    authors.push({ email, bureauCode: report.period.bureau.code, reportId: report.id });
  }
  return authors;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#x27;/g, "'");

/**
 * What a browser posts from the save form besides ⑤ and the status: its hidden fields (action id,
 * state, report id, version) and every input with its value (the indicators' actuals, the
 * milestones' done dates), as the report page shows them.
 */
export function saveFormFields(html: string): Record<string, string> {
  const at = html.lastIndexOf("<form", html.indexOf('name="reportId"'));
  const form = html.slice(at, html.indexOf("</form>", at));
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input [^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(input)?.[1];
    if (name) fields[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  if (!fields.version) throw new Error("no save form on the report page");
  return fields;
}

/** What the save form posts: its fields, then ⑤ and the status (in that order, as FormData.set leaves them). */
export function saveForm(fields: Record<string, string>, progressText: string): Record<string, string> {
  return { ...fields, progressText, status: "ON_TRACK" };
}

/** Posts the save form to the report page with fetch; the answer is the page again. */
export function postSave(baseUrl: string, reportId: string, cookie: string, fields: Record<string, string>, progressText: string): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries(saveForm(fields, progressText))) body.set(name, value);
  return fetch(`${baseUrl}/reports/${reportId}`, { method: "POST", body, headers: { cookie, origin: baseUrl } });
}

/** What the report page says after a save was acknowledged. */
export const SAVED_TEXT = "保存しました。";
