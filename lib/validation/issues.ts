import { z } from "zod";
import { DatePrecision, IndicatorDirection, PartnerKind } from "@/generated/prisma/sqlite/enums";
import { idSchema, optionalPlainDateSchema, plainText, versionSchema } from "./common";

const documentText = (max: number) => plainText().trim().min(1, "validation.required").max(max, "validation.textTooLong");

export const updateIssueTextSchema = z.object({
  issueId: idSchema,
  version: versionSchema,
  name: documentText(200),
  matrixTitle: documentText(200),
  /** One bullet per line in the form. */
  summaryBullets: z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : value),
    z.array(z.string().max(300, "validation.textTooLong")).max(10),
  ),
  content: documentText(4000),
  background: documentText(4000),
  measuresHeading: documentText(50),
  measures: documentText(4000),
});

export const copyDocumentSchema = z.object({
  documentId: idSchema,
  fiscalYear: z.coerce.number().int("validation.fiscalYear").min(2000, "validation.fiscalYear").max(2100, "validation.fiscalYear"),
});

const optionalNumber = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().finite("validation.number").min(-1e12).max(1e12).nullable());
const optionalYear = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int("validation.fiscalYear").min(2000, "validation.fiscalYear").max(2100, "validation.fiscalYear").nullable());
const label = (max: number) => plainText().trim().min(1, "validation.required").max(max, "validation.textTooLong");

export const issueDetailsSchema = z.object({
  indicators: z
    .array(
      z.object({
        id: idSchema.optional(),
        name: label(200),
        unit: z.string().trim().max(20, "validation.textTooLong"),
        /** Blank: the document gives no direction. */
        direction: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(IndicatorDirection).nullable()),
        baseline: optionalNumber,
        baselineLabel: z.string().trim().max(200, "validation.textTooLong").default(""),
        target: optionalNumber,
        targetFiscalYear: optionalYear,
      }),
    )
    .max(30),
  milestones: z
    .array(
      z.object({
        id: idSchema.optional(),
        title: label(300),
        plannedDate: optionalPlainDateSchema,
        plannedFiscalYear: optionalYear,
        plannedPrecision: z.enum(DatePrecision).default("DAY"),
        /** 「…以降」: the planned date is a start. */
        plannedFrom: z.preprocess((v) => v === true || v === "true", z.boolean()),
        plannedText: z.string().trim().max(100, "validation.textTooLong").default(""),
      }),
    )
    .max(50),
  partners: z.array(z.object({ name: label(200), kind: z.enum(PartnerKind), role: z.string().trim().max(300, "validation.textTooLong").default("") })).max(30),
});

/** The largest details field the form can produce (30 indicators, 50 milestones, 30 partners), with room. */
const maxDetailsJson = 200_000;

/** The details form sends its rows as one JSON field: bounded before it is parsed. */
export const updateIssueDetailsSchema = z.object({
  issueId: idSchema,
  version: versionSchema,
  details: z.preprocess((value) => {
    try {
      if (typeof value === "string" && value.length > maxDetailsJson) return undefined;
      return typeof value === "string" ? JSON.parse(value) : value;
    } catch {
      return undefined;
    }
  }, issueDetailsSchema),
});
