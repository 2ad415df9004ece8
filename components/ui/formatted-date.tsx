import { type DateInput, formatDateBoth, formatJapanDay, toJapanIsoString, toPlainDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/i18n/messages";

/** A plain date (a reporting date, a deadline) in Western and wareki form, machine-readable in the <time> element. */
export function FormattedDate({ date, locale }: { date: DateInput; locale: Locale }) {
  return <time dateTime={typeof date === "string" ? date : toPlainDate(date)}>{formatDateBoth(date, locale)}</time>;
}

/** The day in Japan on which something happened (a save, a revision), whatever the server's time zone. */
export function FormattedJapanDay({ instant, locale }: { instant: Date; locale: Locale }) {
  return <time dateTime={toJapanIsoString(instant)}>{formatJapanDay(instant, locale)}</time>;
}
