import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";

/**
 * Public pages as plain HTML (decision 062). React renders them to static
 * markup on the server; the renderer is loaded at run time from node_modules
 * because the App Router's bundle of route handlers refuses react-dom/server.
 */
export async function renderHtml(page: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "react-dom/server")) as typeof import("react-dom/server");
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}

let stylesheets: string[] | null = null;

/**
 * The site's stylesheet as the build emitted it (app/globals.css, compiled by
 * Tailwind into .next/static): the portal's pages link the same file.
 */
export function builtStylesheets(): readonly string[] {
  if (stylesheets) return stylesheets;
  const found: string[] = [];
  for (const [folder, url] of [[".next/static/chunks", "/_next/static/chunks"], [".next/static/css", "/_next/static/css"]] as const) {
    try {
      for (const file of readdirSync(path.join(process.cwd(), folder))) if (file.endsWith(".css")) found.push(`${url}/${file}`);
    } catch {
      // not in this build's layout
    }
  }
  stylesheets = found;
  return found;
}

/** A public page's response: HTML, no cookie, revalidated on every read (an unpublish takes effect at once). */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, no-cache" } });
}
