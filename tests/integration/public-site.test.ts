import { describe, expect, it } from "vitest";
import { GET as catalogueRoute } from "@/app/public/data/catalog.json/route";
import { GET as openDataRoute } from "@/app/public/data/[bureau]/[file]/route";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { getPublishedDocument, listPublished } from "@/lib/data/public-documents";
import { searchPublished } from "@/lib/data/public-search";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

const file = (bureau: string, name: string) => openDataRoute(new Request("http://portal.test/"), { params: Promise.resolve({ bureau, file: name }) });

describe("the public site and its open data", () => {
  it("shows a document from the moment it is published until it is unpublished: page data, CSV, JSON, catalogue and search", async () => {
    const bureau = await createReportingBureau(db);
    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const periodId = (await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId } })).id;
    const issueName = (await db.issueRevision.findFirstOrThrow({ where: { issueId: bureau.issueId } })).name;

    expect(await getPublishedDocument(code, "2024-11-30")).toBeNull();
    expect((await file(code, "2024-11-30.json")).status).toBe(404);

    expect((await publishDocument(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    const doc = await getPublishedDocument(code, "2024-11-30");
    expect(doc).toMatchObject({ format: "policy-portal-public/1", reportingDate: "2024-11-30", issues: [{ code: "A(1)", name: issueName, progress: { text: "進捗", status: "ON_TRACK" } }] });
    // The indicator's value of the published, approved date is shown.
    expect(doc!.issues[0]!.indicators[0]!.values).toEqual([{ reportingDate: "2024-11-30", actual: 3 }]);

    const csv = await file(code, "2024-11-30.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`${code},`);
    expect(text).toContain(issueName);
    const pdf = await file(code, "2024-11-30.pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const json = await file(code, "2024-11-30.json");
    expect(JSON.parse(await json.text())).toEqual(doc);
    expect(json.headers.get("last-modified")).toMatch(/GMT$/);

    const catalogue = JSON.parse(await (await catalogueRoute(new Request("http://portal.test/public/data/catalog.json"))).text());
    expect(catalogue).toMatchObject({ format: "policy-portal-catalog/1", license: { name: "CC BY 4.0" } });
    const entry = catalogue.datasets.find((d: { bureau: { code: string } }) => d.bureau.code === code);
    expect(entry).toMatchObject({ reportingDate: "2024-11-30", lastModified: doc!.publishedAt, page: `http://portal.test/public/${code}/2024-11-30` });
    expect(entry.distributions.map((d: { url: string }) => d.url)).toEqual([`http://portal.test/public/data/${code}/2024-11-30.csv`, `http://portal.test/public/data/${code}/2024-11-30.json`]);
    expect((await searchPublished(issueName.slice(-8))).map((h) => h.bureau.code)).toContain(code);

    expect((await unpublishDocument(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    expect(await getPublishedDocument(code, "2024-11-30")).toBeNull();
    expect((await file(code, "2024-11-30.csv")).status).toBe(404);
    expect((await file(code, "2024-11-30.pdf")).status).toBe(404);
    expect((await listPublished()).some((e) => e.bureau.code === code)).toBe(false);
    expect((await searchPublished(issueName.slice(-8))).map((h) => h.bureau.code)).not.toContain(code);
  });

  it("answers malformed addresses with 404 before any work", async () => {
    for (const [bureau, name] of [["seisaku", "2024-02-30.json"], ["seisaku", "2024-11-30.xml"], ["x".repeat(100), "2024-11-30.csv"], ["__proto__", "2024-11-30.json"], ["seisaku", `${"9".repeat(20)}.json`]] as const) {
      expect((await file(bureau, name)).status).toBe(404);
    }
  });
});
