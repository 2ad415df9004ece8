import { z } from "zod";
import { idSchema, optionalPlainDateSchema, plainDateSchema, plainText } from "./common";

/** Days before the deadline when authors are reminded: "7,1" (up to 10 whole days, 0–60), normalised. */
export const reminderDaysSchema = z
  .string()
  .trim()
  .max(40, "validation.reminderDays")
  .regex(/^\d{1,2}(\s*[,、]\s*\d{1,2}){0,9}$/, "validation.reminderDays")
  .transform((text) => [...new Set(text.split(/[,、]/).map((d) => Number(d.trim())))].sort((a, b) => b - a))
  .refine((days) => days.every((d) => d <= 60), "validation.reminderDays")
  .transform((days) => days.join(","));

export const openPeriodSchema = z
  .object({ bureauId: idSchema, asOfDate: plainDateSchema, deadline: optionalPlainDateSchema, reminderDays: reminderDaysSchema.default("7,1") })
  .refine((input) => input.deadline === null || input.deadline >= input.asOfDate, { message: "validation.deadlineBeforeAsOf", path: ["deadline"] });

export const closePeriodSchema = z.object({ periodId: idSchema });

/** A new deadline for an open period (a day, or none), and its reminder days when given (left as they are when not). */
export const changeDeadlineSchema = z.object({ periodId: idSchema, deadline: optionalPlainDateSchema, reminderDays: reminderDaysSchema.optional() });

export const reopenPeriodSchema = z.object({
  periodId: idSchema,
  reason: plainText().trim().min(5, "validation.reopenReasonRequired").max(1000, "validation.commentTooLong"),
});
