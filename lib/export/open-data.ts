import type { PublicDocument, PublishedEntry } from "@/lib/data/public-documents";
import { toCsv } from "./csv";

// The open data of the public site, described in docs/open-data.md. The file
// addresses and the `format` names are a promise to re-users: change neither;
// a new shape gets a new version.

export const openDataLicense = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.ja" } as const;

/** The stable address of a published document's file, the page's and the catalogue's (paths, from the site's root). */
export const openDataPath = (code: string, date: string, format: "csv" | "json" | "pdf") => `/public/data/${code}/${date}.${format}`;
export const publicDocumentPath = (code: string, date: string) => `/public/${code}/${date}`;
export const cataloguePath = "/public/data/catalog.json";

const csvHeader = ["局区コード", "局区名", "報告基準日", "年度", "課題番号", "領域", "課題名", "マトリクス表題", "要旨", "①内容", "②背景", "③見出し", "③取組み", "④外郭団体等", "⑤進捗", "⑤進捗状況"];

/** One row per issue (①–⑤), UTF-8 with BOM, CRLF; formula-like cells neutralised by toCsv. */
export function publicDocumentCsv(doc: PublicDocument): string {
  return toCsv([
    csvHeader,
    ...doc.issues.map((issue) => [
      doc.bureau.code,
      doc.bureau.name,
      doc.reportingDate,
      doc.fiscalYear,
      issue.code,
      issue.area,
      issue.name,
      issue.matrixTitle,
      issue.summaryBullets.join("\n"),
      issue.content,
      issue.background,
      issue.measuresHeading,
      issue.measures,
      issue.isAffiliatedBody ? "1" : "0",
      issue.progress?.text ?? "",
      issue.progress?.status ?? "",
    ]),
  ]);
}

export const publicDocumentJson = (doc: PublicDocument) => JSON.stringify(doc, null, 2);

/** The city-wide list of every published document with its licence, files and last-modified date. */
export function openDataCatalogue(entries: PublishedEntry[], origin: string) {
  return {
    format: "policy-portal-catalog/1",
    license: openDataLicense,
    lastModified: entries.reduce<string | null>((latest, e) => (latest === null || e.publishedAt > latest ? e.publishedAt : latest), null),
    datasets: entries.map((e) => ({
      bureau: e.bureau,
      title: e.title,
      fiscalYear: e.fiscalYear,
      reportingDate: e.reportingDate,
      lastModified: e.publishedAt,
      license: openDataLicense.name,
      page: origin + publicDocumentPath(e.bureau.code, e.reportingDate),
      distributions: [
        { format: "CSV", mediaType: "text/csv; charset=utf-8", url: origin + openDataPath(e.bureau.code, e.reportingDate, "csv") },
        { format: "JSON", mediaType: "application/json", schema: "policy-portal-public/1", url: origin + openDataPath(e.bureau.code, e.reportingDate, "json") },
      ],
    })),
  };
}
