import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDocumentOverview } from "@/lib/data/documents";
import { getExportData } from "@/lib/data/export-data";
import { getIssueDetail } from "@/lib/data/issues";
import { db } from "@/lib/db";
import { extractPdfText } from "@/lib/documents/pdf-text";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";
import { runExport } from "@/lib/export/run-export";
import { createTranslator } from "@/lib/i18n/messages";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { createUser } from "@/tests/factories/documents";

// Issue 20.5 / 22.5: every text the portal shows or exports for the seeded document is either the
// document's own words or a field shown under its own label (an indicator's name, a partner's
// role, a section the document does not name, marked as such). Data-entry notes appear nowhere.
const flat = (text: string) => text.replace(/\s+/g, "");
// Page footers (政策局-3) are the PDF's, not text: removed as the seed removes them.
const documentText = flat(normalizeWrappedText(readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8")));
const entryNotes = [
  ...seisakukyokuR6.issues.flatMap((i) => i.indicators.map((x) => x.entryNote)),
  ...seisakukyokuR6.issues.flatMap((i) => i.milestones.flatMap((m) => (m.entryNote ? [m.entryNote] : []))),
];

let viewer: Awaited<ReturnType<typeof createUser>>;
let bureauId: string;
beforeAll(async () => {
  viewer = await createUser(db, { role: "AUDITOR" });
  bureauId = (await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } })).id;
});

function expectDocumentWords(texts: Iterable<string>, where: string) {
  for (const text of texts) if (text !== "") expect(documentText, `${where}: 「${text}」`).toContain(flat(text));
}

describe("what the portal shows for the seeded document", () => {
  it("the export (JSON, the basis of CSV, Excel and PDF): document words, labelled fields, no notes", async () => {
    const data = (await getExportData(viewer, "seisaku", "2024-11-30"))!;
    const bureau = data.bureaus[0]!;
    expectDocumentWords([bureau.document.title, ...bureau.document.mission.split("\n")], "document");
    for (const area of bureau.document.areas) {
      expectDocumentWords([area.name], "area name");
      // An invented description is exported as such (descriptionInDocument false), and the PDF leaves it out.
      if (area.descriptionInDocument) expectDocumentWords([area.description], "area description");
    }
    for (const issue of bureau.issues) {
      expectDocumentWords(
        [issue.name, issue.matrixTitle, ...issue.summaryBullets, issue.content, issue.background, issue.measuresHeading, issue.measures, issue.progress?.text ?? ""],
        issue.code,
      );
      expectDocumentWords(issue.milestones.flatMap((m) => [m.title, m.plannedText]), `${issue.code} milestones`);
      expectDocumentWords(issue.indicators.map((i) => i.baselineLabel), `${issue.code} baseline labels`);
    }
    const everything = JSON.stringify(data);
    for (const note of entryNotes) expect(everything).not.toContain(note);
    expect(everything).not.toContain("当方");
  });

  it("the PDF in the document's form holds no invented area description", async () => {
    const file = (await runExport({ ...viewer, role: "AUDITOR" }, { bureau: "seisaku", date: "2024-11-30", format: "pdf" }, createTranslator("ja")))!;
    const text = flat(await extractPdfText(new Uint8Array(file.body)));
    for (const area of seisakukyokuR6.areas.filter((a) => !a.descriptionInDocument)) expect(text).not.toContain(flat(area.description));
    expect(text).not.toContain("当方");
  });

  it("the home page and every issue page: sections not named by the document are marked, no notes", async () => {
    const overview = (await getDocumentOverview(viewer.actor, bureauId, 2024))!;
    for (const area of overview.areas) expect(area.descriptionInDocument).toBe(false);
    const sections = await db.section.findMany({ where: { bureauId } });
    for (const section of sections) {
      if (section.namedInDocument) expectDocumentWords([section.name], "section");
    }
    expect(sections.filter((s) => !s.namedInDocument).map((s) => s.name).sort()).toEqual(
      seisakukyokuR6.sections.filter((s) => !s.namedInDocument).map((s) => s.name).sort(),
    );
    for (const { id } of await db.issue.findMany({ where: { document: { bureauId, fiscalYear: 2024 } }, select: { id: true } })) {
      const detail = (await getIssueDetail(viewer.actor, id))!;
      expectDocumentWords(detail.milestones.flatMap((m) => [m.title, m.plannedText]), `${detail.code} milestones`);
      const shown = JSON.stringify(detail);
      for (const note of entryNotes) expect(shown).not.toContain(note);
      expect(shown).not.toContain("当方");
    }
  });
});
