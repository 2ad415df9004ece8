"use client";
import { useT } from "@/components/i18n-provider";
import type { ImportResult } from "@/lib/commands/import-document";

/** The plan (create, or what changes) and every parsed issue field by field, with the points to check. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useT();
  const { plan, parsed } = result;
  return (
    <section aria-labelledby="import-preview" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="import-preview">
      <h2 id="import-preview" className="font-bold">{parsed.title ?? t("import.title")}</h2>
      <p data-testid="import-plan">
        {plan.kind === "create"
          ? t("import.planCreate", { count: plan.issues.length })
          : plan.changes.length + plan.added.length === 0 && !plan.missionChanged
            ? t("import.planNoChange")
            : t("import.planUpdate", { changes: plan.changes.length, added: plan.added.length, missing: plan.missing.length })}
        {plan.kind === "update" && plan.missionChanged && ` ${t("import.missionChanged")}`}
      </p>
      <p className="text-sm">{t("import.reportingDate")}: {parsed.reportingDate ?? "—"}</p>
      {parsed.warnings.length > 0 && (
        <div className="rounded bg-amber-50 p-2 text-sm text-amber-900">
          <h3 className="font-semibold">{t("import.warnings")}</h3>
          <ul className="list-disc pl-5">
            {parsed.warnings.map((warning, index) => (
              <li key={index}>{t("import.warning", { kind: warning.kind, detail: "code" in warning ? ` ${warning.code}` : "title" in warning ? ` ${warning.title}` : "" })}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.kind === "update" && plan.changes.length > 0 && (
        <ul className="space-y-2 text-sm">
          {plan.changes.map((change) => (
            <li key={`${change.code}-${change.field}`} className="rounded border border-slate-200 p-2">
              <strong>{t("import.change", { code: change.code, field: change.field })}</strong>
              <div className="grid gap-2 md:grid-cols-2">
                <p className="whitespace-pre-line"><span className="text-xs text-slate-500">{t("import.before")}</span><br /><del>{change.before}</del></p>
                <p className="whitespace-pre-line"><span className="text-xs text-slate-500">{t("import.after")}</span><br /><ins>{change.after}</ins></p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ol className="space-y-3">
        {parsed.issues.map((issue) => (
          <li key={issue.code} className="rounded border border-slate-200 p-3 text-sm" data-testid={`import-issue-${issue.code}`}>
            <h3 className="font-semibold">{issue.code} {issue.name}</h3>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt>{t("issue.content")}</dt><dd className="whitespace-pre-line">{issue.content}</dd>
              <dt>{t("issue.background")}</dt><dd className="whitespace-pre-line">{issue.background}</dd>
              <dt>{t("issue.measures", { heading: issue.measuresHeading })}</dt><dd className="whitespace-pre-line">{issue.measures}</dd>
              <dt>{t("issue.progress", { date: issue.progressDate ?? "—" })}</dt><dd className="whitespace-pre-line">{issue.progressText}</dd>
              <dt>{t("issue.summary")}</dt><dd>{issue.matrixTitle ?? "—"}{issue.summaryBullets.map((b) => ` ・${b}`).join("")}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
