import { toHttpDate } from "@/lib/domain/dates";

/**
 * An open-data file as the public routes hand it out: no cookie, readable by
 * any site (CORS *: it is public data), revalidated on every read so an
 * unpublish takes effect at once, dated by its publication.
 */
export function openDataResponse(body: string | Uint8Array<ArrayBuffer>, contentType: string, lastModified: string | null): Response {
  const headers = new Headers({ "Content-Type": contentType, "Cache-Control": "public, no-cache", "Access-Control-Allow-Origin": "*" });
  if (lastModified) headers.set("Last-Modified", toHttpDate(lastModified));
  return new Response(body, { status: 200, headers });
}

export const openDataNotFound = () => new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
