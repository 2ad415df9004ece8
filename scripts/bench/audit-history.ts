import type { ChainedContent } from "@/lib/audit/audit-chain";
import { appendAuditEntries } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { parsePlainDate } from "@/lib/domain/dates";
import type { GeneratedPeriod } from "./city-generator";

// Years of audit history for the generated city: what bureaus' staff do in the
// month before each reporting date (sign in, save drafts, submit, have them
// approved), sealed into the chain by the app's own code (appendAuditEntries).

const day = 24 * 60 * 60 * 1000;
/** Entries per transaction: a few MB of rows in memory at a time, whatever the total. */
const entriesPerChunk = 10_000;

/**
 * The entries of one reporting date, across its bureaus' periods: the bureaus
 * take turns and the times climb through the 30 days before the date, so the
 * chain's order is also time order, as the app writes it.
 */
function* entriesOfDate(date: string, periods: GeneratedPeriod[], count: number): Generator<ChainedContent> {
  const end = parsePlainDate(date).getTime();
  const start = end - 30 * day;
  const perPeriod = Math.ceil(count / periods.length);
  for (let i = 0; i < count; i++) {
    const period = periods[i % periods.length]!;
    const k = Math.floor(i / periods.length);
    const at = new Date(start + Math.floor(((end - start) * i) / count));
    const actorId = period.userIds.length ? period.userIds[k % period.userIds.length]! : null;
    const reportId = period.reportIds[k % period.reportIds.length]!;
    const base = { at, actorId, bureauId: period.bureauId, before: null };
    // The last two rounds of a period: every report submitted, then approved by the manager.
    const round = perPeriod - k <= 2 * period.reportIds.length ? (perPeriod - k <= period.reportIds.length ? "approve" : "submit") : null;
    if (round === "approve") {
      yield { ...base, actorId: period.userIds[0] ?? null, action: "progress.approve", entityType: "ProgressReport", entityId: reportId, after: { workflowState: "APPROVED" } };
    } else if (round === "submit") {
      yield { ...base, action: "progress.submit", entityType: "ProgressReport", entityId: reportId, after: { workflowState: "SUBMITTED" } };
    } else if (k % 8 === 0) {
      yield { ...base, action: "auth.signIn", entityType: "User", entityId: actorId ?? "", after: { email: "", address: "10.0.0.1", outcome: "signIn" } };
    } else {
      yield {
        ...base,
        action: "progress.save",
        entityType: "ProgressReport",
        entityId: reportId,
        before: { progressText: `${date}時点の進捗（下書き${k - 1}）`, status: "ON_TRACK", version: k },
        after: { progressText: `${date}時点の進捗（下書き${k}）`, status: "ON_TRACK", version: k + 1, indicators: [], milestones: [] },
      };
    }
  }
}

/** Appends `total` entries spread over the periods' reporting dates, oldest first; returns how many. */
export async function writeAuditHistory(db: Db, periods: GeneratedPeriod[], total: number): Promise<number> {
  const byDate = new Map<string, GeneratedPeriod[]>();
  for (const period of periods) byDate.set(period.date, [...(byDate.get(period.date) ?? []), period]);
  const dates = [...byDate.keys()].sort();
  let written = 0;
  let chunk: ChainedContent[] = [];
  const flush = async () => {
    const entries = chunk;
    chunk = [];
    await db.$transaction((tx) => appendAuditEntries(tx, entries), { timeout: 600_000, maxWait: 60_000 });
    written += entries.length;
  };
  for (const [index, date] of dates.entries()) {
    // Spread the total evenly; the last date takes the remainder.
    const count = Math.floor((total * (index + 1)) / dates.length) - Math.floor((total * index) / dates.length);
    for (const entry of entriesOfDate(date, byDate.get(date)!, count)) {
      chunk.push(entry);
      if (chunk.length === entriesPerChunk) await flush();
    }
  }
  if (chunk.length) await flush();
  return written;
}
