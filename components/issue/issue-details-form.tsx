"use client";
import { useActionState, useState } from "react";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/actions/form-state-values";
import { updateIssueDetailsAction } from "@/lib/actions/issues";
import type { IssueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { DatePrecision, IndicatorDirection, PartnerKind } from "@/generated/prisma/sqlite/enums";
import type { MessageKey } from "@/lib/i18n/messages";

type Row = Record<string, string>;
type SectionName = "indicators" | "milestones" | "partners";
type Column = { key: string; label: MessageKey; options?: { value: string; label: MessageKey }[]; type?: string };

const columns: Record<SectionName, Column[]> = {
  indicators: [
    { key: "name", label: "indicator.name" },
    { key: "unit", label: "indicator.unit" },
    { key: "direction", label: "indicator.direction", options: [{ value: "", label: "indicator.direction.NONE" }, ...Object.values(IndicatorDirection).map((d) => ({ value: d, label: `indicator.direction.${d}` as MessageKey }))] },
    { key: "baseline", label: "indicator.baseline" },
    { key: "baselineLabel", label: "indicator.baselineLabel" },
    { key: "target", label: "indicator.target" },
    { key: "targetFiscalYear", label: "indicator.targetFiscalYear" },
  ],
  milestones: [
    { key: "title", label: "milestone.title" },
    { key: "plannedDate", label: "milestone.planned", type: "date" },
    { key: "plannedFiscalYear", label: "milestone.plannedFiscalYear" },
    { key: "plannedPrecision", label: "milestone.plannedPrecision", options: Object.values(DatePrecision).map((p) => ({ value: p, label: `milestone.precision.${p}` as MessageKey })) },
    { key: "plannedFrom", label: "milestone.plannedFrom", options: ["false", "true"].map((v) => ({ value: v, label: `milestone.plannedFrom.${v}` as MessageKey })) },
    { key: "plannedText", label: "milestone.plannedText" },
  ],
  partners: [
    { key: "name", label: "partner.name" },
    { key: "kind", label: "partner.kind", options: Object.values(PartnerKind).map((k) => ({ value: k, label: `partnerKind.${k}` as MessageKey })) },
    { key: "role", label: "partner.role" },
  ],
};
const titles: Record<SectionName, MessageKey> = { indicators: "issue.indicators", milestones: "issue.milestones", partners: "issue.partners" };
const blank: Record<SectionName, Row> = {
  indicators: { name: "", unit: "", direction: "UP", baseline: "", baselineLabel: "", target: "", targetFiscalYear: "" },
  milestones: { title: "", plannedDate: "", plannedFiscalYear: "", plannedPrecision: "DAY", plannedFrom: "false", plannedText: "" },
  partners: { name: "", kind: "OTHER", role: "" },
};

const asRows = (items: object[]): Row[] =>
  items.map((item) => Object.fromEntries(Object.entries(item).map(([key, value]) => [key, value === null || value === undefined ? "" : String(value)])));

/** Rows of indicators, milestones and partners, sent as one JSON field and saved as one new version. */
export function IssueDetailsForm({ issueId, version, details }: { issueId: string; version: number; details: IssueDetailsSnapshot }) {
  const t = useT();
  const [state, action, pending] = useActionState(updateIssueDetailsAction, idleState);
  const [rows, setRows] = useState<Record<SectionName, Row[]>>(() => ({
    indicators: asRows(details.indicators),
    milestones: asRows(details.milestones),
    partners: asRows(details.partners),
  }));
  const savedVersion = state.status === "success" ? (state.data as { version: number }).version : 0;
  const change = (section: SectionName, index: number, key: string, value: string) =>
    setRows((current) => ({ ...current, [section]: current[section].map((row, i) => (i === index ? { ...row, [key]: value } : row)) }));
  const rowErrors = state.status === "error"
    ? Object.entries(state.fieldErrors).map(([path, messages]) => {
        const [, section, index] = /^details\.(\w+)\.(\d+)/.exec(path) ?? [];
        return section && index !== undefined
          ? t("issueDetails.rowError", { section: t(titles[section as SectionName]), row: Number(index) + 1, message: messages.join(" ") })
          : messages.join(" ");
      })
    : [];

  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-bold">{t("issueDetails.title")}</h2>
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="version" value={Math.max(version, savedVersion)} />
      <input type="hidden" name="details" value={JSON.stringify(rows)} />
      {(Object.keys(columns) as SectionName[]).map((section) => (
        <fieldset key={section} className="space-y-2">
          <legend className="font-bold">{t(titles[section])}</legend>
          {rows[section].map((row, index) => (
            <div key={row.id ?? `new-${index}`} className="flex flex-wrap items-end gap-2 border-b border-slate-100 pb-2" data-testid={`${section}-row`}>
              {columns[section].map((column) => {
                const id = `${section}-${index}-${column.key}`;
                return (
                  <label key={column.key} htmlFor={id} className="flex flex-col text-xs">
                    {t(column.label)}
                    {column.options ? (
                      <select id={id} value={row[column.key]} onChange={(e) => change(section, index, column.key, e.target.value)} className="rounded border border-slate-300 px-1 py-1 text-sm">
                        {column.options.map((option) => <option key={option.value} value={option.value}>{t(option.label)}</option>)}
                      </select>
                    ) : (
                      <input id={id} type={column.type ?? "text"} value={row[column.key]} onChange={(e) => change(section, index, column.key, e.target.value)} className="rounded border border-slate-300 px-1 py-1 text-sm" />
                    )}
                  </label>
                );
              })}
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  if (window.confirm(t("issueDetails.removeConfirm"))) setRows((current) => ({ ...current, [section]: current[section].filter((_, i) => i !== index) }));
                }}
              >
                {t("issueDetails.remove")}
              </Button>
            </div>
          ))}
          <Button type="button" variant="secondary" onClick={() => setRows((current) => ({ ...current, [section]: [...current[section], { ...blank[section] }] }))}>
            {t("issueDetails.add")}{t("text.paren", { text: t(titles[section]) })}
          </Button>
        </fieldset>
      ))}
      {rowErrors.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-red-800">{rowErrors.map((message) => <li key={message}>{message}</li>)}</ul>
      )}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{t("issueDetails.save")}</Button>
    </form>
  );
}
