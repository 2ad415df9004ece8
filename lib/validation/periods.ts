import { z } from "zod";
import { idSchema, optionalPlainDateSchema, plainDateSchema, plainText } from "./common";

export const openPeriodSchema = z
  .object({ bureauId: idSchema, asOfDate: plainDateSchema, deadline: optionalPlainDateSchema })
  .refine((input) => input.deadline === null || input.deadline >= input.asOfDate, { message: "validation.deadlineBeforeAsOf", path: ["deadline"] });

export const closePeriodSchema = z.object({ periodId: idSchema });

export const reopenPeriodSchema = z.object({
  periodId: idSchema,
  reason: plainText().trim().min(5, "validation.reopenReasonRequired").max(1000, "validation.commentTooLong"),
});
