import { z } from "zod";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { controlCharacters, idSchema, plainDateSchema, plainText } from "./common";

const correctedText = (max: number) => plainText().trim().max(max, "validation.textTooLong");

/** What a person changed in the preview for one issue (a field left out keeps the parsed value). */
export const issueCorrectionSchema = z.object({
  name: correctedText(200).optional(),
  content: correctedText(4000).optional(),
  background: correctedText(4000).optional(),
  measures: correctedText(4000).optional(),
  progressText: correctedText(4000).optional(),
  owningSection: z.string().trim().min(1, "validation.required").max(100, "validation.textTooLong").optional(),
  isAffiliatedBody: z.preprocess((v) => (v === "1" ? true : v === "0" ? false : v), z.boolean()).optional(),
});

export const importCorrectionsSchema = z.object({
  title: correctedText(200).optional(),
  mission: correctedText(4000).optional(),
  reportingDate: plainDateSchema.optional(),
  issues: z.record(z.string().regex(/^[A-C]\(\d{1,2}\)$/), issueCorrectionSchema).default({}),
});

export type ImportCorrections = z.infer<typeof importCorrectionsSchema>;
export type IssueCorrection = z.infer<typeof issueCorrectionSchema>;

/** Who the import is for: checked against the permission before anything else is parsed. */
export const importTargetSchema = z.object({ bureauId: idSchema });

export const importDocumentSchema = z.object({
  bureauId: idSchema,
  fiscalYear: z.coerce.number().int("validation.fiscalYear").min(2000, "validation.fiscalYear").max(2100, "validation.fiscalYear"),
  // Text taken from a PDF may carry form feeds and other controls: dropped, not refused.
  text: z.preprocess((v) => (typeof v === "string" ? v.replace(new RegExp(controlCharacters, "g"), "") : v), z.string().min(1, "validation.required").max(500_000, "validation.textTooLong")),
  /** The section new issues belong to until someone assigns them. */
  defaultSection: z.string().trim().min(1, "validation.required").max(100, "validation.textTooLong").default("未割当"),
  /** The document states no progress status; imported ⑤ reports get this one. */
  progressStatus: z.enum(ProgressStatus).default("ON_TRACK"),
  /** The preview's corrections, applied to what the text parses to. */
  corrections: importCorrectionsSchema.default({ issues: {} }),
  /** Without it nothing is written: the result is the plan to review. */
  confirm: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false),
});
