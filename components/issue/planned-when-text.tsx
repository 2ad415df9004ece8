import type { Translate } from "@/lib/i18n/messages";

/**
 * A milestone's planned time once read: the document's own words (「12月中旬頃まで」)
 * with the portal's reading of them, else that reading alone. Takes the reading
 * already formatted, so a client component can draw it with the server's dates.
 */
export function PlannedWhenText({ plannedText, reading, t }: { plannedText: string; reading: string | null; t: Translate }) {
  if (plannedText === "") return <>{reading ?? "—"}</>;
  return (
    <>
      {t("text.quote", { text: plannedText })}{reading !== null && <span className="text-slate-600">{t("text.paren", { text: reading })}</span>}
    </>
  );
}
