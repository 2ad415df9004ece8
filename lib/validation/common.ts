import { z } from "zod";
import { parsePlainDate } from "@/lib/domain/dates";

/** A row id as the app makes them (cuid), so forged values fail before any query. */
export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const versionSchema = z.coerce.number().int().min(1).max(1_000_000);

/** "YYYY-MM-DD" of a real calendar date. */
export const plainDateSchema = z
  .string()
  .trim()
  .max(10, "validation.date")
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

/** C0 control characters other than tab and line breaks, and DEL: never part of a document's text. */
export const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A text field that refuses control characters with a message (they are invisible and break exports). */
export const plainText = () => z.string().refine((value) => !controlCharacters.test(value), "validation.controlCharacters");
