import type { ExportData } from "@/lib/data/export-data";
import type { Translate } from "@/lib/i18n/messages";
import type { CsvCell } from "./csv";

/** One row per issue and bureau: ①–④, the approved ⑤ for the date and its state (the CSV export). */
export function progressTable(data: ExportData, t: Translate): CsvCell[][] {
  const header = [
    t("export.column.bureau"), t("export.column.reportingDate"), t("export.column.code"), t("export.column.area"),
    t("export.column.name"), t("export.column.content"), t("export.column.background"), t("export.column.measures"),
    t("export.column.progress"), t("export.column.status"), t("export.column.workflow"), t("export.column.approvedBy"),
    t("export.column.approvedAt"), t("export.column.owningSection"), t("export.column.affiliated"), t("export.column.generatedAt"),
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
      ];
    }),
  );
  return [header, ...rows];
}
