import { z } from "zod";
import { plainDateSchema } from "./common";

export const exportFormats = ["pdf", "xlsx", "csv", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportRequestSchema = z
  .object({
    bureau: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
    date: plainDateSchema,
    format: z.enum(exportFormats),
  })
  // One document per PDF: a whole city is exported as data (xlsx, CSV, JSON).
  .refine((request) => !(request.format === "pdf" && request.bureau === "all"), { message: "export.pdfOneBureau", path: ["bureau"] });

export type ExportRequest = z.infer<typeof exportRequestSchema>;
