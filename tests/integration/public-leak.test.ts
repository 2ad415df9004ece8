import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as catalogueRoute } from "@/app/public/data/catalog.json/route";
import { GET as documentPage } from "@/app/public/[bureau]/[date]/route";
import { GET as openDataRoute } from "@/app/public/data/[bureau]/[file]/route";
import { GET as homePage } from "@/app/public/route";
import { GET as searchPage } from "@/app/public/search/route";
import { forgetPublicCache } from "@/lib/data/public-cache";
import { extractPdfText } from "@/lib/documents/pdf-text";
import { recordAudit } from "@/lib/audit/record-audit";
import { updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { getPublishedDocument, listPublished } from "@/lib/data/public-documents";
import { searchPublished } from "@/lib/data/public-search";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

// THE LEAK TEST (issue 16). Each run makes a bureau with a published date and
// surrounds it with internal material, every piece carrying a unique marker:
// drafts and returned reports (of an unpublished date, and of the published
// date after it was reopened), review comments, a revision made after the
// published date, an unpublished and an unpublished-again document, audit
// entries, user and section names, an indicator figure of an unpublished date.
// It then reads everything the public site serves (the catalogue, every
// published document's data, CSV and JSON through the route handlers, the
// search for every marker and for random words) and asserts that no marker
// of any run appears anywhere. The pages render nothing but these documents.

const kinds = ["draft", "returned", "reviewComment", "reopenedPublished", "laterRevision", "unpublishedDocument", "withdrawnDocument", "audit", "userNames", "sectionName", "indicatorFigure"] as const;
type Kind = (typeof kinds)[number];

const markers: string[] = [];
const mark = (kind: string) => {
  const marker = `LEAK${kind}${randomBytes(5).toString("hex")}`;
  markers.push(marker);
  return marker;
};
// Text around a marker as a person might type it (HTML, quotes, line breaks); PostgreSQL refuses NUL.
const noise = fc.string({ maxLength: 12 }).map((s) => s.replaceAll("\u0000", ""));

async function publishedBureau() {
  const bureau = await createReportingBureau(db);
  const periodId = (await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId } })).id;
  const published = await publishDocument(bureau.users.manager.actor, { periodId }, "ja");
  if (!published.ok) throw new Error("could not publish");
  const reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
  return { ...bureau, periodId, reportId };
}

async function plant(kind: Kind, around: [string, string]) {
  const text = (k: string) => `${around[0]}${mark(k)}${around[1]}`;
  const bureau = await publishedBureau();
  const { manager, owner, admin } = bureau.users;
  switch (kind) {
    case "draft":
    case "returned":
    case "indicatorFigure": {
      const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
      if (!opened.ok) throw new Error("could not open");
      const report = await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } });
      if (kind === "indicatorFigure") {
        const figure = 900_000 + markers.length * 7 + 0.25;
        markers.push(String(figure));
        await db.indicatorValue.update({ where: { indicatorId_periodId: { indicatorId: bureau.indicatorId, periodId: opened.data.periodId } }, data: { actual: figure, carriedForward: false } });
      } else {
        await db.progressReport.update({
          where: { id: report.id },
          data: { progressText: text(kind), carriedForward: false, workflowState: kind === "draft" ? "DRAFT" : "RETURNED", reviewComment: kind === "returned" ? text("comment") : null },
        });
      }
      return;
    }
    case "reviewComment":
      await db.progressReport.update({ where: { id: bureau.reportId }, data: { reviewComment: text(kind), reviewedById: manager.id } });
      await db.user.update({ where: { id: manager.id }, data: { name: text("reviewer") } });
      return;
    case "reopenedPublished":
      // The published date reopened and its ⑤ rewritten, not approved again; its figure changed too.
      await db.reportingPeriod.update({ where: { id: bureau.periodId }, data: { status: "OPEN", reopenReason: text("reopenReason") } });
      await db.progressReport.update({ where: { id: bureau.reportId }, data: { progressText: text(kind), workflowState: "SUBMITTED" } });
      return;
    case "laterRevision": {
      const current = await db.issueRevision.findFirstOrThrow({ where: { issueId: bureau.issueId }, orderBy: { version: "desc" } });
      const saved = await updateIssueText(manager.actor, { issueId: bureau.issueId, version: current.version, name: text("name"), matrixTitle: text("matrix"), summaryBullets: text("bullet"), content: text("content"), background: text("background"), measuresHeading: "課題に対する取組み", measures: text("measures") }, "ja");
      if (!saved.ok) throw new Error(`revision refused: ${JSON.stringify(saved)}`);
      return;
    }
    case "unpublishedDocument":
    case "withdrawnDocument": {
      const other = await createReportingBureau(db);
      const issue = await db.issueRevision.findFirstOrThrow({ where: { issueId: other.issueId } });
      await db.issueRevision.update({ where: { id: issue.id }, data: { name: text("otherIssue"), content: text("otherContent") } });
      await db.policyDocument.update({ where: { id: other.documentId }, data: { mission: text("mission"), title: text("title") } });
      await db.bureau.update({ where: { id: other.bureauId }, data: { name: text("bureauName") } });
      if (kind === "withdrawnDocument") {
        const periodId = (await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: other.bureauId } })).id;
        if (!(await publishDocument(other.users.admin.actor, { periodId }, "ja")).ok) throw new Error("could not publish");
        if (!(await unpublishDocument(other.users.admin.actor, { periodId }, "ja")).ok) throw new Error("could not unpublish");
      }
      return;
    }
    case "audit":
      await db.$transaction((tx) => recordAudit(tx, { actorId: admin.id, action: "issue.update", entityType: "Issue", entityId: bureau.issueId, bureauId: bureau.bureauId, before: { note: text("auditBefore") }, after: { note: text("auditAfter") } }));
      return;
    case "userNames":
      for (const user of [manager, owner, admin]) await db.user.update({ where: { id: user.id }, data: { name: text("user"), email: `${mark("email")}@example.jp` } });
      return;
    case "sectionName": {
      const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId }, select: { owningSectionId: true } });
      await db.section.update({ where: { id: issue.owningSectionId }, data: { name: text("section") } });
      return;
    }
  }
}

/** Everything the public site serves, as text. */
async function crawl(searchTerms: string[], withPdf = false): Promise<{ text: string; documents: number }> {
  // Planted rows bypass the commands: read fresh data, not what the public cache kept from before.
  forgetPublicCache();
  const parts: string[] = [];
  const entries = await listPublished();
  parts.push(JSON.stringify(entries));
  const catalogue = await catalogueRoute(new Request("http://portal.test/public/data/catalog.json"));
  parts.push(await catalogue.text());
  // The pages as residents get them, in both languages.
  const page = async (response: Response | Promise<Response>) => {
    const html = await response;
    expect(html.status).toBe(200);
    expect(html.headers.get("set-cookie")).toBeNull();
    parts.push(await html.text());
  };
  for (const lang of ["ja", "en"]) await page(homePage(new Request(`http://portal.test/public?lang=${lang}`)));
  // (Its page echoes the term typed, so a page is read for a word of the document, not for a marker.)
  await page(searchPage(new Request(`http://portal.test/public/search?lang=ja&q=${encodeURIComponent("進捗")}`)));
  for (const entry of entries) {
    const doc = await getPublishedDocument(entry.bureau.code, entry.reportingDate);
    parts.push(JSON.stringify(doc));
    for (const lang of ["ja", "en"]) {
      await page(documentPage(new Request(`http://portal.test/public/${entry.bureau.code}/${entry.reportingDate}?lang=${lang}`), { params: Promise.resolve({ bureau: entry.bureau.code, date: entry.reportingDate }) }));
    }
    for (const format of ["csv", "json"]) {
      const response = await openDataRoute(new Request("http://portal.test/"), { params: Promise.resolve({ bureau: entry.bureau.code, file: `${entry.reportingDate}.${format}` }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("set-cookie")).toBeNull();
      parts.push(await response.text());
    }
    if (withPdf) {
      const pdf = await openDataRoute(new Request("http://portal.test/"), { params: Promise.resolve({ bureau: entry.bureau.code, file: `${entry.reportingDate}.pdf` }) });
      expect(pdf.status).toBe(200);
      // Lines wrap anywhere in a PDF: its text is compared without white space.
      parts.push((await extractPdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ""));
    }
  }
  for (const term of searchTerms) parts.push(JSON.stringify(await searchPublished(term)));
  return { text: parts.join("\n"), documents: entries.length };
}

describe("nothing internal reaches the public site (property, this engine)", () => {
  it("no marker of drafts, returns, comments, unpublished documents or dates, audit entries or names appears in any public page's data or open-data file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([...kinds], { minLength: 1, maxLength: 4 }), noise, noise, fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), async (chosen, before, after, words) => {
        for (const kind of chosen) await plant(kind, [before, after]);
        // Positive control: a published document is there, with its approved ⑤ (so the crawl reads real content).
        const { text, documents } = await crawl([...markers, ...words, "進捗"]);
        expect(documents).toBeGreaterThan(0);
        expect(text).toContain("進捗");
        // The document pages were read (their HTML, not only the data behind them).
        expect(text).toContain("<!DOCTYPE html>");
        const leaked = markers.filter((marker) => text.includes(marker));
        expect(leaked).toEqual([]);
      }),
      { numRuns: 4 },
    );
    // Every kind was planted at least once over all runs (fc.subarray may not pick each): plant the rest, crawl again.
    for (const kind of kinds) await plant(kind, ["<b>", "\"'"]);
    // The printable PDF too (once: rendering it is the slowest part of a crawl).
    const { text } = await crawl(markers, true);
    expect(text).toContain("取組みの進捗状況");
    expect(markers.filter((marker) => text.includes(marker))).toEqual([]);
  }, 600_000);
});
