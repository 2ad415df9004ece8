import { z } from "zod";
import { idSchema, plainText } from "./common";

const planText = (max: number) => plainText().trim().max(max, "validation.textTooLong");
const fiscalYear = z.coerce.number("validation.planFiscalYear").int("validation.planFiscalYear").min(1989, "validation.planFiscalYear").max(2100, "validation.planFiscalYear");

/** Level names one a line (or comma separated): 重点戦略, 政策, 施策. */
const levelNames = planText(400)
  .transform((text) => text.split(/[\n,、]/).map((name) => name.trim()).filter((name) => name !== ""))
  .pipe(z.array(z.string().max(40, "validation.textTooLong")).min(1, "validation.planLevels").max(6, "validation.planLevels"));

export const createPlanSchema = z
  .object({ name: planText(100).min(1, "validation.planName"), startFiscalYear: fiscalYear, endFiscalYear: fiscalYear, levelNames })
  .refine((plan) => plan.endFiscalYear >= plan.startFiscalYear, { path: ["endFiscalYear"], message: "validation.planSpan" });

const nodeFields = { code: planText(20).default(""), name: planText(200).min(1, "validation.planNodeName") };
/** A form's empty parent is the top level. */
const parentId = z.preprocess((v) => (v === "" || v === undefined ? null : v), idSchema.nullable());

export const addPlanNodeSchema = z.object({ planId: idSchema, parentId, ...nodeFields });
export const updatePlanNodeSchema = z.object({ nodeId: idSchema, parentId, ...nodeFields });
export const movePlanNodeSchema = z.object({ nodeId: idSchema, direction: z.enum(["up", "down"]) });
export const retirePlanNodeSchema = z.object({ nodeId: idSchema });

/** Checkbox lists arrive as repeated fields; bounded so a forged form cannot make a huge write. */
export const issueLinksSchema = z.object({
  issueId: idSchema,
  nodeIds: z.array(idSchema).max(200).default([]),
  goalNumbers: z.array(z.coerce.number().int().min(1).max(17)).max(17).default([]),
});

const optionalParam = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional()).catch(undefined);

/** The plan dashboard's query: an unknown or malformed value is ignored, not an error (it is a link someone shared). */
const planDashboardQuerySchema = z.object({
  plan: optionalParam(idSchema),
  bureau: optionalParam(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  date: optionalParam(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});

export function parsePlanDashboardQuery(params: Record<string, string | string[] | undefined>) {
  return planDashboardQuerySchema.parse(params);
}

/** The 「KPI達成状況」 download: the dashboard's choices (no bureau: the whole city) and a format. */
export const kpiReportRequestSchema = z.object({
  plan: idSchema.optional(),
  bureau: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/).optional().transform((code) => code ?? null),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  format: z.enum(["pdf", "xlsx"]),
});

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "") || v === undefined || v === null ? null : v;
export const MAX_YEAR_TARGETS = 50;

/**
 * An indicator's place in the plans: its links to plan nodes, how it is
 * measured (a state at the date, or a running total), and the targets a plan
 * sets for single fiscal years. Year rows keep their position (the form shows
 * an error beside its row); a row left wholly blank is dropped.
 */
export const indicatorPlanSchema = z.object({
  indicatorId: idSchema,
  measure: z.enum(["POINT", "CUMULATIVE"], "validation.measure"),
  nodeIds: z.array(idSchema).max(200).default([]),
  yearTargets: z
    .array(z
      .object({
        fiscalYear: z.preprocess(blankToNull, fiscalYear.nullable()),
        target: z.preprocess(blankToNull, z.coerce.number("validation.number").finite("validation.number").min(-1e12, "validation.number").max(1e12, "validation.number").nullable()),
      })
      .superRefine((row, context) => {
        if (row.fiscalYear === null && row.target !== null) context.addIssue({ code: "custom", path: ["fiscalYear"], message: "validation.fiscalYear" });
        if (row.fiscalYear !== null && row.target === null) context.addIssue({ code: "custom", path: ["target"], message: "validation.yearTarget" });
      }))
    .max(MAX_YEAR_TARGETS, "validation.tooManyYearTargets")
    .default([])
    .superRefine((rows, context) => {
      const seen = new Set<number>();
      rows.forEach((row, index) => {
        if (row.fiscalYear === null) return;
        if (seen.has(row.fiscalYear)) context.addIssue({ code: "custom", path: [index, "fiscalYear"], message: "validation.duplicateYearTarget" });
        seen.add(row.fiscalYear);
      });
    })
    .transform((rows) => rows.flatMap((row, index) => (row.fiscalYear !== null && row.target !== null ? [{ row: index, fiscalYear: row.fiscalYear, target: row.target }] : []))),
});
