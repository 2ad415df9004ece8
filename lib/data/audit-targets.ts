import "server-only";
import { type AuditTarget, auditActionLabel, auditTargetLabel } from "@/lib/audit/audit-labels";
import { db } from "@/lib/db";
import { parsePlainDate } from "@/lib/domain/dates";
import type { Locale, Translate } from "@/lib/i18n/messages";

type EntryRef = { entityType: string; entityId: string };

function isPlainDate(text: string): boolean {
  try {
    parsePlainDate(text);
    return true;
  } catch {
    return false;
  }
}

const key = (entityType: string, entityId: string) => `${entityType}\u0000${entityId}`;

function idsOf(entries: EntryRef[], entityType: string): string[] {
  return [...new Set(entries.filter((e) => e.entityType === entityType).map((e) => e.entityId))];
}

/**
 * What each entry's target is called, read in one query per kind (entries
 * already scoped to what the reader may see). Looked up by targetOf; null when
 * the target no longer exists or its kind has no name.
 */
export async function loadAuditTargets(entries: EntryRef[]): Promise<(entry: EntryRef) => AuditTarget | null> {
  const exports = entries.filter((e) => e.entityType === "Export").map((e) => ({ id: e.entityId, at: e.entityId.lastIndexOf("@") }));
  const bureauName = { select: { name: true } } as const;
  const [documents, issues, reports, periods, users, bureaus, cities, sections] = await Promise.all([
    db.policyDocument.findMany({ where: { id: { in: idsOf(entries, "PolicyDocument") } }, select: { id: true, fiscalYear: true, bureau: bureauName } }),
    db.issue.findMany({
      where: { id: { in: idsOf(entries, "Issue") } },
      select: { id: true, code: true, name: true, document: { select: { fiscalYear: true, bureau: bureauName } } },
    }),
    db.progressReport.findMany({
      where: { id: { in: idsOf(entries, "ProgressReport") } },
      select: { id: true, issue: { select: { code: true, name: true } }, period: { select: { asOfDate: true } } },
    }),
    db.reportingPeriod.findMany({ where: { id: { in: idsOf(entries, "ReportingPeriod") } }, select: { id: true, asOfDate: true, bureau: bureauName } }),
    db.user.findMany({ where: { id: { in: idsOf(entries, "User") } }, select: { id: true, name: true, email: true } }),
    db.bureau.findMany({
      where: { OR: [{ code: { in: [...new Set(exports.map((e) => e.id.slice(0, e.at)))] } }, { id: { in: idsOf(entries, "Bureau") } }] },
      select: { id: true, code: true, name: true },
    }),
    db.city.findMany({ where: { id: { in: idsOf(entries, "City") } }, select: { id: true, name: true } }),
    db.section.findMany({ where: { id: { in: idsOf(entries, "Section") } }, select: { id: true, name: true, bureau: bureauName } }),
  ]);
  const targets = new Map<string, AuditTarget>();
  for (const d of documents) targets.set(key("PolicyDocument", d.id), { kind: "PolicyDocument", bureau: d.bureau.name, fiscalYear: d.fiscalYear });
  for (const i of issues) {
    targets.set(key("Issue", i.id), { kind: "Issue", code: i.code, name: i.name, bureau: i.document.bureau.name, fiscalYear: i.document.fiscalYear });
  }
  for (const r of reports) targets.set(key("ProgressReport", r.id), { kind: "ProgressReport", code: r.issue.code, name: r.issue.name, reportingDate: r.period.asOfDate });
  for (const p of periods) targets.set(key("ReportingPeriod", p.id), { kind: "ReportingPeriod", bureau: p.bureau.name, reportingDate: p.asOfDate });
  for (const u of users) targets.set(key("User", u.id), { kind: "User", name: u.name, email: u.email });
  for (const b of bureaus) targets.set(key("Bureau", b.id), { kind: "Bureau", name: b.name });
  for (const c of cities) targets.set(key("City", c.id), { kind: "City", name: c.name });
  for (const s of sections) targets.set(key("Section", s.id), { kind: "Section", name: s.name, bureau: s.bureau.name });
  // An export is recorded as "<bureau code or all>@<reporting date>".
  const bureauNames = new Map(bureaus.map((b) => [b.code, b.name]));
  for (const { id, at } of exports) {
    const code = id.slice(0, at);
    const date = id.slice(at + 1);
    const bureau = code === "all" ? null : bureauNames.get(code);
    if (at > 0 && isPlainDate(date) && bureau !== undefined) targets.set(key("Export", id), { kind: "Export", bureau, reportingDate: date });
  }
  for (const e of entries) {
    if (e.entityType === "AuditLog") targets.set(key("AuditLog", e.entityId), { kind: "AuditLog", format: e.entityId });
  }
  return (entry) => targets.get(key(entry.entityType, entry.entityId)) ?? null;
}

/** The entries with a human name for their action and their target, beside the raw values. */
export async function labelAuditEntries<E extends EntryRef & { action: string }>(entries: E[], t: Translate, locale: Locale) {
  const targetOf = await loadAuditTargets(entries);
  return entries.map((entry) => ({
    ...entry,
    actionLabel: auditActionLabel(entry.action, t),
    entityLabel: auditTargetLabel(entry, targetOf(entry), t, locale),
  }));
}
