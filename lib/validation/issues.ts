import { z } from "zod";
import { idSchema, versionSchema } from "./common";

const documentText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.textTooLong");

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
