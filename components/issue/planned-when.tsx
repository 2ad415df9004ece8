import { formatDue, type MilestoneDue } from "@/lib/domain/milestone-rules";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { PlannedWhenText } from "./planned-when-text";

/**
 * When a milestone is planned: the document's own words (「12月中旬頃まで」) when
 * it has them, with the date as the portal reads it; else that date alone.
 */
export function PlannedWhen({ milestone, locale }: { milestone: { due: MilestoneDue; plannedText: string }; locale: Locale }) {
  return <PlannedWhenText plannedText={milestone.plannedText} reading={formatDue(milestone.due, locale)} t={createTranslator(locale)} />;
}
