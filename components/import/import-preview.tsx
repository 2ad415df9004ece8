"use client";
import { useT } from "@/components/i18n-provider";
import { FieldError, fieldErrorsOf } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-state";
import type { ImportResult } from "@/lib/commands/import-document";

const inputClass = "w-full rounded border border-slate-300 px-2 py-1";

/**
 * The plan (create, or what changes) and every parsed issue field by field,
 * each an input of the import form (by its `form` attribute): what is typed
 * here is what a new preview shows and what saving stores.
 */
export function ImportPreview({ result, formId, state }: { result: ImportResult; formId: string; state: FormState }) {
  const t = useT();
  const { plan, parsed, assignments, sections, problems } = result;
  const errorsOf = (path: string) => fieldErrorsOf(state, `corrections.${path}`);
  const field = (name: string, label: string, value: string, path: string, rows = 0) => {
    const id = `fix-${name.replace(/[^A-Za-z0-9]/g, "-")}`;
    const errors = errorsOf(path);
    const common = { id, name, form: formId, defaultValue: value, className: inputClass, "aria-invalid": errors.length > 0, "aria-describedby": errors.length ? `${id}-error` : undefined };
    return (
      <div>
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
        {rows > 0 ? <textarea rows={rows} {...common} /> : <input {...common} />}
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    );
  };
  const creates = (code: string) => plan.kind === "create" || plan.added.includes(code);
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
      {problems.length > 0 && (
        <div role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900" data-testid="import-problems">
          <h3 className="font-semibold">{t("import.problems")}</h3>
          <ul className="list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {parsed.warnings.length > 0 && (
        <div className="rounded bg-amber-50 p-2 text-sm text-amber-900">
          <h3 className="font-semibold">{t("import.warnings")}</h3>
          <ul className="list-disc pl-5">
            {parsed.warnings.map((warning, index) => (
              <li key={index}>
                {warning.kind === "impossibleDate"
                  ? t("import.impossibleDate", { code: warning.code, written: warning.written, reason: t(`wareki.${warning.problem}`) })
                  : t("import.warning", { kind: warning.kind, detail: "code" in warning ? ` ${warning.code}` : "title" in warning ? ` ${warning.title}` : "" })}
              </li>
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
                <p className="whitespace-pre-line"><span className="text-xs text-slate-600">{t("import.before")}</span><br /><del>{change.before}</del></p>
                <p className="whitespace-pre-line"><span className="text-xs text-slate-600">{t("import.after")}</span><br /><ins>{change.after}</ins></p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-700">{t("import.correctLead")}</p>
      <div className="grid gap-3 text-sm md:grid-cols-2">
        {field("fix:title", t("import.documentTitle"), parsed.title ?? "", "title")}
        <div>
          <label htmlFor="fix-reportingDate" className="block text-xs font-medium text-slate-700">{t("import.reportingDate")}</label>
          <input id="fix-reportingDate" type="date" name="fix:reportingDate" form={formId} defaultValue={parsed.reportingDate ?? ""} className={inputClass} />
          <FieldError id="fix-reportingDate-error" errors={errorsOf("reportingDate")} />
        </div>
      </div>
      <div className="text-sm">{field("fix:mission", t("home.mission"), parsed.mission, "mission", 4)}</div>
      <ol className="space-y-3">
        {parsed.issues.map((issue) => {
          const path = (name: string) => `issues.${issue.code}.${name}`;
          const key = (name: string) => `fix:${issue.code}:${name}`;
          return (
            <li key={issue.code} className="space-y-2 rounded border border-slate-200 p-3 text-sm" data-testid={`import-issue-${issue.code}`}>
              <h3 className="font-semibold">{issue.code} {issue.name}</h3>
              {field(key("name"), t("issue.name"), issue.name, path("name"))}
              {field(key("content"), t("issue.content"), issue.content, path("content"), 3)}
              {field(key("background"), t("issue.background"), issue.background, path("background"), 3)}
              {field(key("measures"), t("issue.measures", { heading: issue.measuresHeading }), issue.measures, path("measures"), 3)}
              {field(key("progressText"), t("issue.progress", { date: issue.progressDate ?? parsed.reportingDate ?? "—" }), issue.progressText, path("progressText"), 3)}
              <p className="text-slate-700">{t("issue.summary")}{t("text.colon")}{issue.matrixTitle ?? "—"}{issue.summaryBullets.map((b) => ` ・${b}`).join("")}</p>
              {creates(issue.code) && (
                <div className="flex flex-wrap gap-4">
                  <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
                    {t("issue.owningSection")}
                    <select name={key("owningSection")} form={formId} defaultValue={assignments[issue.code]?.owningSection} className="rounded border border-slate-300 px-2 py-1 text-sm font-normal">
                      {sections.map((name) => <option key={name} value={name}>{name}</option>)}
                    </select>
                  </label>
                  <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
                    {t("issue.affiliatedBody")}
                    <select name={key("isAffiliatedBody")} form={formId} defaultValue={assignments[issue.code]?.isAffiliatedBody ? "1" : "0"} className="rounded border border-slate-300 px-2 py-1 text-sm font-normal">
                      <option value="1">{t("import.affiliatedYes")}</option>
                      <option value="0">{t("import.affiliatedNo")}</option>
                    </select>
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
