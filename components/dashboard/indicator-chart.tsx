"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface IndicatorChartProps {
  points: { date: string; actual: number | null }[];
  baseline: number | null;
  target: number | null;
  unit: string;
  /** Labels in the user's language (the chart is drawn in the browser). */
  labels: { actual: string; baseline: string; target: string; summary: string };
}

/** An axis for counts shows whole numbers only (no 0.5名): true when every figure drawn is an integer. */
export function wholeNumbersOnly(values: readonly (number | null)[]): boolean {
  return values.every((value) => value === null || Number.isInteger(value));
}

/**
 * Actuals by reporting date against the baseline and the target. The chart is
 * a picture for sighted users; the table under it carries the same figures.
 */
export function IndicatorChart({ points, baseline, target, unit, labels }: IndicatorChartProps) {
  return (
    <div role="img" aria-label={labels.summary} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="date" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} unit={unit} width={64} allowDecimals={!wholeNumbersOnly([...points.map((p) => p.actual), baseline, target])} />
          <Tooltip />
          {baseline !== null && <ReferenceLine y={baseline} stroke="#64748b" strokeDasharray="4 4" label={{ value: labels.baseline, position: "insideBottomLeft", fontSize: 12 }} />}
          {target !== null && <ReferenceLine y={target} stroke="#b45309" strokeDasharray="8 4" label={{ value: labels.target, position: "insideTopLeft", fontSize: 12 }} />}
          <Line type="monotone" dataKey="actual" name={labels.actual} stroke="#1d4ed8" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
