import type { KpiEvaluation } from "@/lib/domain/kpi-evaluation";
import type { Translate } from "@/lib/i18n/messages";

// Colour helps, text carries the meaning: the grade letter, its rate, or 評価不能 with the reason.
const gradeColours = {
  A: "bg-blue-50 text-blue-900 border-blue-300",
  B: "bg-green-50 text-green-900 border-green-300",
  C: "bg-amber-50 text-amber-900 border-amber-300",
  D: "bg-red-50 text-red-900 border-red-300",
} as const;

export function formatRate(rate: number): string {
  return `${rate.toFixed(1)}%`;
}

export function KpiGradeBadge({ evaluation, t }: { evaluation: KpiEvaluation; t: Translate }) {
  if (!evaluation.rated) {
    return (
      <span className="badge border-slate-300 bg-slate-50 text-slate-800" data-grade="UNRATED">
        {t("kpi.unratedWithReason", { reason: t(`kpi.reason.${evaluation.reason}`) })}
      </span>
    );
  }
  return (
    <span className={`badge font-medium ${gradeColours[evaluation.grade]}`} data-grade={evaluation.grade}>
      {t("kpi.gradeWithRate", { grade: evaluation.grade, rate: formatRate(evaluation.rate) })}
    </span>
  );
}
