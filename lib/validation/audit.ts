import { z } from "zod";
import { idSchema, plainDateSchema } from "./common";
import { firstValues, type SearchParams } from "./search-params";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The audit log's filters, from the URL; a value that does not parse is dropped. */
export const auditFilterSchema = z.object({
  from: optional(plainDateSchema),
  to: optional(plainDateSchema),
  user: optional(idSchema),
  bureau: optional(z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)),
  issue: optional(idSchema),
  action: optional(z.string().trim().min(1).max(64).regex(/^[a-z]+\.[A-Za-z]+$/)),
  /** Paging: entries older than this id. */
  before: optional(z.coerce.number().int().positive()),
});

export type AuditFilters = z.infer<typeof auditFilterSchema>;

export function parseAuditFilters(params: SearchParams): AuditFilters {
  return auditFilterSchema.parse(firstValues(params));
}
