import type { Db } from "@/lib/db/client";
import { endOfDayInJapan, japanDateOf, parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import { isLocale } from "@/lib/i18n/messages";
import { newMessageId } from "./enqueue";
import { mailContextOf } from "./context";
import { renderDigest, renderMail } from "./templates";

const dayMs = 24 * 60 * 60 * 1000;
/** Days looked back for a digest not yet composed (a worker down over a weekend still sends them). */
const lookBackDays = 7;

/**
 * For managers who chose the daily digest: once a day (in Japan) has ended, one
 * mail with that day's notifications that were not mailed singly. Keyed user × day.
 */
export async function composeDigests(db: Db, now: Date): Promise<number> {
  const managers = await db.user.findMany({ where: { mailDigest: true, role: "MANAGER", active: true }, select: { id: true, email: true, locale: true } });
  let written = 0;
  const today = parsePlainDate(japanDateOf(now));
  for (const manager of managers) {
    const locale = isLocale(manager.locale) ? manager.locale : "ja";
    for (let back = lookBackDays; back >= 1; back--) {
      const day = toPlainDate(new Date(today.getTime() - back * dayMs));
      const digestKey = `${manager.id}:${day}`;
      if (await db.outboxMail.findUnique({ where: { digestKey }, select: { id: true } })) continue;
      const start = new Date(endOfDayInJapan(day).getTime() + 1 - dayMs);
      const notifications = await db.notification.findMany({
        where: { userId: manager.id, mail: null, createdAt: { gte: start, lte: endOfDayInJapan(day) } },
        orderBy: { createdAt: "asc" },
        select: { kind: true, reportId: true, periodId: true, comment: true },
      });
      if (notifications.length === 0) continue;
      const items = [];
      for (const n of notifications) {
        const context = await mailContextOf(db, n);
        items.push({ subject: renderMail(context, locale).subject, link: context.link });
      }
      try {
        await db.outboxMail.create({ data: { to: manager.email, digestKey, messageId: newMessageId(), ...renderDigest(parsePlainDate(day), items, locale) } });
        written++;
      } catch (error) {
        if ((error as { code?: string }).code !== "P2002") throw error;
      }
    }
  }
  return written;
}
