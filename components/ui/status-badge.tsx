import type { ProgressStatus, WorkflowState } from "@/generated/prisma/sqlite/enums";
import type { Translate } from "@/lib/i18n/messages";

// Colour helps, text carries the meaning (the label is always shown).
const statusColours: Record<ProgressStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 border-slate-300",
  ON_TRACK: "bg-green-50 text-green-900 border-green-300",
  PARTLY_DELAYED: "bg-amber-50 text-amber-900 border-amber-300",
  DELAYED: "bg-red-50 text-red-900 border-red-300",
  COMPLETED: "bg-blue-50 text-blue-900 border-blue-300",
};

export function StatusBadge({ status, t }: { status: ProgressStatus; t: Translate }) {
  return (
    <span className={`badge font-medium ${statusColours[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function WorkflowBadge({ state, t }: { state: WorkflowState; t: Translate }) {
  return <span className="badge border-slate-300 bg-white">{t(`workflow.${state}`)}</span>;
}
