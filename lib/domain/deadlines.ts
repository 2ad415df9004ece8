import { japanDateOf, parsePlainDate, toPlainDate } from "./dates";

/**
 * Where a deadline stands on Japan's calendar day at `now`: none set, days
 * left (0 = today is the last day), or days overdue (1 = it ended yesterday).
 * A deadline day is over once it has ended in Japan, as in isAfterJapanDay.
 */
export type DeadlineStanding = { kind: "none" } | { kind: "left"; days: number } | { kind: "overdue"; days: number };

const dayMs = 24 * 60 * 60 * 1000;

export function deadlineStanding(deadline: Date | string | null, now: Date): DeadlineStanding {
  if (deadline === null) return { kind: "none" };
  const due = parsePlainDate(typeof deadline === "string" ? deadline : toPlainDate(deadline)).getTime();
  const today = parsePlainDate(japanDateOf(now)).getTime();
  const days = Math.round((due - today) / dayMs);
  return days >= 0 ? { kind: "left", days } : { kind: "overdue", days: -days };
}
