import { z } from "zod";
import { parsePlainDate } from "@/lib/domain/dates";

/** A row id as the app makes them (cuid), so forged values fail before any query. */
export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const versionSchema = z.coerce.number().int().min(1).max(1_000_000);

/** "YYYY-MM-DD" of a real calendar date. */
export const plainDateSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      parsePlainDate(value);
      return true;
    } catch {
      return false;
    }
  }, "validation.date");

/** A form's empty field is "no value". */
export const optionalPlainDateSchema = z.preprocess((v) => (v === "" || v === undefined ? null : v), plainDateSchema.nullable());
