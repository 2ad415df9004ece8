import { z } from "zod";
import { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { idSchema, plainDateSchema } from "./common";
import { firstValues, type SearchParams, toQueryString } from "./search-params";

export type { SearchParams } from "./search-params";


// A filter in the URL is a wish, not an order: a value that does not parse is
// dropped (the view falls back to its default) instead of failing the page.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const dashboardFilterSchema = z.object({
  bureau: optional(z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)),
  fy: optional(z.coerce.number().int().min(1989).max(2200)),
  date: optional(plainDateSchema),
  area: optional(z.string().trim().regex(/^[A-Z]$/)),
  status: optional(z.enum(ProgressStatus)),
  section: optional(idSchema),
  partner: optional(idSchema),
  affiliated: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).catch(false),
  q: optional(z.string().trim().min(1).max(100)),
});

export type DashboardFilters = z.infer<typeof dashboardFilterSchema>;

/** The filters named in a page's searchParams (the first value of a repeated key). */
export function parseDashboardFilters(params: SearchParams): DashboardFilters {
  return dashboardFilterSchema.parse(firstValues(params));
}

/** The query string that reproduces `filters` (defaults left out), for links between the dashboard's views. */
export function dashboardQuery(filters: Partial<DashboardFilters>): string {
  return toQueryString(filters);
}
