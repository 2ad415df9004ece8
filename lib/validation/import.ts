import { z } from "zod";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { idSchema } from "./common";

export const importDocumentSchema = z.object({
  bureauId: idSchema,
  fiscalYear: z.coerce.number().int("validation.fiscalYear").min(2000, "validation.fiscalYear").max(2100, "validation.fiscalYear"),
  text: z.string().min(1, "validation.required").max(500_000, "validation.textTooLong"),
  /** The section new issues belong to until someone assigns them. */
  defaultSection: z.string().trim().min(1, "validation.required").max(100, "validation.textTooLong").default("未割当"),
  /** The document states no progress status; imported ⑤ reports get this one. */
  progressStatus: z.enum(ProgressStatus).default("ON_TRACK"),
  /** Without it nothing is written: the result is the plan to review. */
  confirm: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false),
});
