import type { ExportData, ExportEvaluation, ExportIssue } from "@/lib/data/export-data";
import type { Translate } from "@/lib/i18n/messages";
import type { CsvCell } from "./csv";

/** One row per issue and bureau: ①–④, the approved ⑤ for the date and its state (the CSV export). */
export function progressTable(data: ExportData, t: Translate): CsvCell[][] {
  const header = [
    t("export.column.bureau"), t("export.column.reportingDate"), t("export.column.code"), t("export.column.area"),
    t("export.column.name"), t("export.column.content"), t("export.column.background"), t("export.column.measures"),
    t("export.column.progress"), t("export.column.status"), t("export.column.workflow"), t("export.column.approvedBy"),
    t("export.column.approvedAt"), t("export.column.owningSection"), t("export.column.affiliated"), t("export.column.generatedAt"),
    t("export.column.planLinks"), t("export.column.sdgGoals"), t("export.column.grades"),
  ];
  const rows = data.bureaus.flatMap((bureau) =>
    bureau.issues.map((issue) => {
      const report = issue.reports.find((r) => r.reportingDate === data.reportingDate);
      return [
        bureau.name, data.reportingDate, issue.code, issue.area, issue.name, issue.content, issue.background, issue.measures,
        issue.progress?.text ?? "", issue.progress ? t(`status.${issue.progress.status}`) : "",
        !report ? t("dashboard.noReport") : report.carriedForward ? `${t("dashboard.noReport")}（${t("report.carriedForward")}）` : t(`workflow.${report.workflowState}`),
        issue.progress?.approvedBy ?? "", issue.progress?.approvedAt ?? "", issue.owningSection,
        issue.isAffiliatedBody ? t("export.yes") : "", data.generatedAt,
        planLinksText(issue, t), issue.sdgGoals.join(", "), gradesText(issue, data.reportingDate, t),
      ];
    }),
  );
  return [header, ...rows];
}

/** The plan nodes an issue serves, one a line: 「北九州市・新ビジョン／重点戦略 Ⅰ 「稼げるまち」の実現」. */
export function planLinksText(issue: ExportIssue, t: Translate): string {
  return issue.planLinks.map((link) => `${link.plan}／${link.level} ${link.code ? `${link.code} ` : ""}${link.name}${link.retired ? `（${t("plan.retired")}）` : ""}`).join("\n");
}

/** "B（100.0%）" or 「評価不能（実績値なし）」. */
export function evaluationText(evaluation: ExportEvaluation, t: Translate): string {
  return evaluation.grade === "UNRATED"
    ? t("kpi.unratedWithReason", { reason: t(`kpi.reason.${evaluation.unratedReason ?? "actualMissing"}`) })
    : t("kpi.gradeWithRate", { grade: evaluation.grade, rate: `${evaluation.rate!.toFixed(1)}%` });
}

/** Each indicator's grade for the reporting date, one a line (no approved value for the date: 評価不能). */
function gradesText(issue: ExportIssue, reportingDate: string, t: Translate): string {
  return issue.indicators
    .map((indicator) => {
      const value = indicator.values.find((v) => v.reportingDate === reportingDate);
      return `${indicator.name}: ${evaluationText(value ?? { rate: null, grade: "UNRATED", unratedReason: "actualMissing" }, t)}`;
    })
    .join("\n");
}
