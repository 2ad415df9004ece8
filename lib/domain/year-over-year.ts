import { reportingFiscalYear } from "./dates";
import { evaluateKpi, type GradeThresholds, type KpiDefinition, type KpiEvaluation } from "./kpi-evaluation";

// An issue's indicators across fiscal years: the issue's lineage is its copies
// in the bureau's documents of other years (same code), and an indicator is
// followed by its name (a copy keeps it). Each year shows the last figure
// reported on it (the 5月末 report closes the year before), graded with the
// definition of the year's own document.

export interface LineageIndicator extends KpiDefinition {
  name: string;
  unit: string;
  /** Approved values, any order. */
  values: readonly { reportingDate: string; actual: number | null; carriedForward: boolean }[];
}

export interface LineageIssue {
  fiscalYear: number;
  indicators: readonly LineageIndicator[];
}

export interface YearPoint {
  fiscalYear: number;
  /** The date of the figure shown, or null when nothing was reported on the year. */
  reportingDate: string | null;
  actual: number | null;
  target: number | null;
  evaluation: KpiEvaluation;
}

export interface IndicatorYears {
  name: string;
  unit: string;
  points: YearPoint[];
}

/** Every fiscal year of the lineage (a document's, or one a value reports on), oldest first, and each indicator's point per year. */
export function yearOverYear(issues: readonly LineageIssue[], thresholds: GradeThresholds): { years: number[]; indicators: IndicatorYears[] } {
  const byYear = [...issues].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const years = new Set(byYear.map((issue) => issue.fiscalYear));
  // name → the definition and values of each year's document that has it.
  const series = new Map<string, { unit: string; documents: { fiscalYear: number; indicator: LineageIndicator }[] }>();
  for (const issue of byYear) {
    for (const indicator of issue.indicators) {
      const entry = series.get(indicator.name) ?? { unit: indicator.unit, documents: [] };
      entry.unit = indicator.unit;
      entry.documents.push({ fiscalYear: issue.fiscalYear, indicator });
      series.set(indicator.name, entry);
      for (const value of indicator.values) years.add(reportingFiscalYear(value.reportingDate));
    }
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const indicators = [...series].map(([name, { unit, documents }]) => ({
    name,
    unit,
    points: sortedYears.map((fiscalYear): YearPoint => {
      const onYear = documents
        .flatMap(({ indicator }) => indicator.values.map((value) => ({ value, indicator })))
        .filter(({ value }) => reportingFiscalYear(value.reportingDate) === fiscalYear)
        .sort((a, b) => a.value.reportingDate.localeCompare(b.value.reportingDate));
      // The year's last figure; an empty one or an unchanged copy (前回値・未更新) only when no figure was reported.
      const reported = onYear.filter(({ value }) => value.actual !== null && !value.carriedForward).at(-1) ?? onYear.at(-1);
      // Nothing reported: the year's own document (else the nearest earlier one) still says what was aimed at.
      const definition = reported?.indicator ?? documents.filter((d) => d.fiscalYear <= fiscalYear).at(-1)?.indicator ?? documents[0]!.indicator;
      // A carried-forward copy is no report (as evaluateReported has it).
      const actual = reported && !reported.value.carriedForward ? reported.value.actual : null;
      const evaluation = evaluateKpi({ ...definition, measure: definition.measure ?? "POINT", fiscalYear, actual }, thresholds);
      return {
        fiscalYear,
        reportingDate: reported?.value.reportingDate ?? null,
        actual,
        target: evaluation.rated ? evaluation.target : (definition.yearlyTargets?.get(fiscalYear) ?? definition.target),
        evaluation,
      };
    }),
  }));
  return { years: sortedYears, indicators };
}
