import { z } from "zod";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { idSchema, optionalPlainDateSchema, plainText, versionSchema } from "./common";

export const PROGRESS_TEXT_MAX = 4000;

/** Numbers as staff type them: full-width digits and thousands separators allowed, blank = no value. */
const indicatorActualSchema = z.preprocess((value) => {
  if (value === null || value === undefined) return null;
  const text = String(value).replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, "");
  return text === "" ? null : Number(text);
}, z.number({ error: "validation.number" }).finite("validation.number").min(-1e12, "validation.number").max(1e12, "validation.number").nullable());

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

export const reviewProgressSchema = z
  .object({
    reportId: idSchema,
    version: versionSchema,
    decision: z.enum(["approve", "return"]),
    comment: plainText().trim().max(2000, "validation.commentTooLong").default(""),
  })
  .refine((input) => input.decision === "approve" || input.comment.length > 0, { message: "validation.returnCommentRequired", path: ["comment"] });
