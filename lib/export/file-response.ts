import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import type { Locale, Translate } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import type { ExportFile } from "./run-export";

type Build = (user: SessionUser, params: Record<string, string>, t: Translate, locale: Locale) => Promise<ExportFile | null | "bad-request">;

/**
 * A download route: signed-in users only; the file as an attachment, never
 * cached; refusals, bad requests and missing data as JSON errors in the
 * user's language.
 */
export async function handleDownload(request: Request, build: Build): Promise<Response> {
  const { t, locale } = await getTranslator();
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: t("export.signInRequired") }, { status: 401 });
  try {
    const file = await build(user, Object.fromEntries(new URL(request.url).searchParams), t, locale);
    if (file === "bad-request") return Response.json({ error: t("export.badRequest") }, { status: 400 });
    if (!file) return Response.json({ error: t("export.noData") }, { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError) return Response.json({ error: t("export.forbidden") }, { status: 403 });
    throw error;
  }
}
