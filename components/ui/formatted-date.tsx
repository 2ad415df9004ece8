import { type DateInput, formatDateBoth, toPlainDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/i18n/messages";

/** A date in Western and wareki form, machine-readable in the <time> element. */
export function FormattedDate({ date, locale }: { date: DateInput; locale: Locale }) {
  return <time dateTime={typeof date === "string" ? date : toPlainDate(date)}>{formatDateBoth(date, locale)}</time>;
}
