import { z } from "zod";
import { idSchema, optionalPlainDateSchema, plainDateSchema, plainText } from "./common";

export const openPeriodSchema = z
  .object({ bureauId: idSchema, asOfDate: plainDateSchema, deadline: optionalPlainDateSchema })
  .refine((input) => input.deadline === null || input.deadline >= input.asOfDate, { message: "validation.deadlineBeforeAsOf", path: ["deadline"] });

export const closePeriodSchema = z.object({ periodId: idSchema });

/** A new deadline for an open period: a day, or none. */
export const changeDeadlineSchema = z.object({ periodId: idSchema, deadline: optionalPlainDateSchema });

export const reopenPeriodSchema = z.object({
  periodId: idSchema,
  reason: plainText().trim().min(5, "validation.reopenReasonRequired").max(1000, "validation.commentTooLong"),
});
