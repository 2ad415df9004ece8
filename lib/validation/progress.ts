import { z } from "zod";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { readIndicatorInput } from "@/lib/domain/indicator-input";
import { idSchema, optionalPlainDateSchema, plainText, versionSchema } from "./common";
import { PROGRESS_TEXT_MAX } from "./progress-limits";

/**
 * Numbers as staff type them (see readIndicatorInput): full-width digits,
 * separators and a unit after the number; blank = no value. The command checks
 * the unit against the indicator's.
 */
const indicatorActualSchema = z
  .string({ error: "validation.number" })
  .max(50, "validation.number")
  .nullish()
  .transform((value, context) => {
    const reading = readIndicatorInput(value ?? "");
    if (!reading.ok || (reading.value !== null && Math.abs(reading.value) > 1e12)) {
      context.addIssue({ code: "custom", message: "validation.number" });
      return z.NEVER;
    }
    return { value: reading.value, unit: reading.unit };
  });

export const saveProgressSchema = z.object({
  reportId: idSchema,
  version: versionSchema,
  progressText: plainText().trim().min(1, "validation.progressTextRequired").max(PROGRESS_TEXT_MAX, "validation.progressTextTooLong"),
  status: z.enum(ProgressStatus),
  indicators: z.array(z.object({ indicatorId: idSchema, actual: indicatorActualSchema })).max(50).default([]),
  milestones: z.array(z.object({ milestoneId: idSchema, doneDate: optionalPlainDateSchema })).max(50).default([]),
});
export type SaveProgressInput = z.infer<typeof saveProgressSchema>;

export const submitProgressSchema = z.object({
  reportId: idSchema,
  version: versionSchema,
  /** The author confirmed that ⑤ is meant to be the same as the previous report's. */
  confirmUnchanged: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});

export const withdrawProgressSchema = z.object({ reportId: idSchema, version: versionSchema });

export const reviewProgressSchema = z
  .object({
    reportId: idSchema,
    version: versionSchema,
    decision: z.enum(["approve", "return"]),
    comment: plainText().trim().max(2000, "validation.commentTooLong").default(""),
  })
  .refine((input) => input.decision === "approve" || input.comment.length > 0, { message: "validation.returnCommentRequired", path: ["comment"] });
