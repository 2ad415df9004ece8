import { formatDue, type MilestoneDue } from "@/lib/domain/milestone-rules";
import { createTranslator, type Locale } from "@/lib/i18n/messages";

/**
 * When a milestone is planned: the document's own words (「12月中旬頃まで」) when
 * it has them, with the date as the portal reads it; else that date alone.
 */
export function PlannedWhen({ milestone, locale }: { milestone: { due: MilestoneDue; plannedText: string }; locale: Locale }) {
  const reading = formatDue(milestone.due, locale);
  const t = createTranslator(locale);
  if (milestone.plannedText === "") return <>{reading ?? "—"}</>;
  return (
    <>
      {t("text.quote", { text: milestone.plannedText })}{reading !== null && <span className="text-slate-600">{t("text.paren", { text: reading })}</span>}
    </>
  );
}
