import { formatFiscalYear, formatWareki, toPlainDate } from "@/lib/domain/dates";
import { catalogues, type Locale, type MessageKey, type Translate } from "@/lib/i18n/messages";

// Every action the log records has a name in both catalogues: the action type is
// read from the catalogue's "audit.action.*" keys, so recording an action that has
// no name there is a type error.
type ActionKey = Extract<MessageKey, `audit.action.${string}`>;
export type AuditAction = ActionKey extends `audit.action.${infer Action}` ? Action : never;

const actionKey = (action: string) => `audit.action.${action}`;
const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(catalogues.ja, actionKey(action));

/** 「方針の取り込み」 for document.import; an action the catalogue lacks (an older name) stays as recorded. */
export function auditActionLabel(action: string, t: Translate): string {
  return isAuditAction(action) ? t(actionKey(action) as ActionKey) : action;
}

/** What an entry's target was, as loaded by lib/data/audit-targets (null: gone, or a kind without a name). */
export type AuditTarget =
  | { kind: "PolicyDocument"; bureau: string; fiscalYear: number }
  | { kind: "Issue"; code: string; name: string; bureau: string; fiscalYear: number }
  | { kind: "ProgressReport"; code: string; name: string; reportingDate: Date }
  | { kind: "ReportingPeriod"; bureau: string; reportingDate: Date }
  | { kind: "Export"; bureau: string | null; reportingDate: string }
  | { kind: "AuditLog"; format: string }
  | { kind: "User"; name: string; email: string }
  | { kind: "Bureau"; name: string }
  | { kind: "City"; name: string }
  | { kind: "Section"; name: string; bureau: string };

const entityTypeKeys = new Map<string, MessageKey>([
  ["PolicyDocument", "audit.entityType.PolicyDocument"],
  ["Issue", "audit.entityType.Issue"],
  ["ProgressReport", "audit.entityType.ProgressReport"],
  ["ReportingPeriod", "audit.entityType.ReportingPeriod"],
  ["Export", "audit.entityType.Export"],
  ["AuditLog", "audit.entityType.AuditLog"],
  ["User", "audit.entityType.User"],
  ["SignIn", "audit.entityType.SignIn"],
  ["Bureau", "audit.entityType.Bureau"],
  ["City", "audit.entityType.City"],
  ["Section", "audit.entityType.Section"],
  ["Plan", "audit.entityType.Plan"],
  ["PlanNode", "audit.entityType.PlanNode"],
]);

/** A reporting date as people read it: 令和6年11月30日 in Japanese, 2024-11-30 in English. */
function reportingDate(date: Date | string, locale: Locale): string {
  return locale === "ja" ? formatWareki(date) : typeof date === "string" ? date : toPlainDate(date);
}

/** 「局区Ｘ方針〈政策局〉令和6年度」, 「A(1) … の⑤（令和6年11月30日時点）」 …; the kind and id when the target has no name. */
export function auditTargetLabel(entry: { entityType: string; entityId: string }, target: AuditTarget | null, t: Translate, locale: Locale): string {
  switch (target?.kind) {
    case "PolicyDocument":
      return t("audit.target.PolicyDocument", { bureau: target.bureau, fiscalYear: formatFiscalYear(target.fiscalYear, locale) });
    case "Issue":
      return t("audit.target.Issue", { code: target.code, name: target.name, bureau: target.bureau, fiscalYear: formatFiscalYear(target.fiscalYear, locale) });
    case "ProgressReport":
      return t("audit.target.ProgressReport", { code: target.code, name: target.name, date: reportingDate(target.reportingDate, locale) });
    case "ReportingPeriod":
      return t("audit.target.ReportingPeriod", { bureau: target.bureau, date: reportingDate(target.reportingDate, locale) });
    case "Export":
      return t("audit.target.Export", { bureau: target.bureau ?? t("audit.target.wholeCity"), date: reportingDate(target.reportingDate, locale) });
    case "AuditLog":
      return t("audit.target.AuditLog", { format: target.format.toUpperCase() });
    case "User":
      return t("audit.target.User", { name: target.name, email: target.email });
    case "Bureau":
    case "City":
      return target.name;
    case "Section":
      return t("audit.target.Section", { name: target.name, bureau: target.bureau });
    case undefined: {
      const typeKey = entityTypeKeys.get(entry.entityType);
      return t("audit.target.unknown", { type: typeKey ? t(typeKey) : entry.entityType, id: entry.entityId });
    }
  }
}
