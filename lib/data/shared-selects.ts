import type { Prisma } from "@/generated/prisma/sqlite/client";
import { parsePlainDate } from "@/lib/domain/dates";

/** An indicator's definition (without its values), as every page that shows indicators reads it. */
export const indicatorDefinitionSelect = {
  id: true,
  name: true,
  unit: true,
  direction: true,
  baseline: true,
  baselineLabel: true,
  target: true,
  targetFiscalYear: true,
} as const satisfies Prisma.IndicatorSelect;

/**
 * Rows (reports, indicator values) of reporting dates up to and including the
 * chosen one: what was known then. No chosen date means every date.
 */
export function periodUpTo(period: { asOfDate: string } | null) {
  return period ? { period: { asOfDate: { lte: parsePlainDate(period.asOfDate) } } } : {};
}
