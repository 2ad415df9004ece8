import type { ReportBucket } from "@/lib/data/period-reports";
import type { SectionRole } from "@/lib/data/section-matrix";

export const roleStyles: Record<SectionRole, string> = {
  OWNER: "bg-blue-100 font-bold text-blue-950",
  EDITOR: "bg-teal-50 text-teal-950",
  RELATED: "bg-slate-50 text-slate-800",
};

// This period's report state: a colour, and always its words; 未報告 also has a hatched pattern.
export const stateStyles: Record<ReportBucket, string> = {
  NOT_REPORTED: "bg-[repeating-linear-gradient(45deg,#e2e8f0_0,#e2e8f0_3px,#ffffff_3px,#ffffff_8px)] text-slate-900",
  DRAFT: "bg-amber-100 text-amber-950",
  SUBMITTED: "bg-sky-100 text-sky-950",
  APPROVED: "bg-green-100 text-green-950",
  RETURNED: "bg-red-100 text-red-950",
};

/** What the cells are coloured by: the section's role (default) or this period's report state. */
export type MatrixColouring = "role" | "state";
