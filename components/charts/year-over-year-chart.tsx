"use client";

import { CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface YearOverYearChartProps {
  /** One row per fiscal year (its label), each indicator's achievement rate (percent) and grade text, null when 評価不能. */
  years: { label: string; points: ({ rate: number; grade: string } | null)[] }[];
  indicators: string[];
  /** The lower bounds of grades A, B and C, labelled ("A 120%"). */
  thresholds: { rate: number; label: string }[];
  summary: string;
}

const colours = ["#1d4ed8", "#b45309", "#15803d", "#7c3aed", "#be123c", "#0f766e"];
const dashes = ["", "6 4", "2 3", "10 3 2 3"];
const percent = (value: number) => `${value}%`;

/**
 * Each indicator's achievement rate across fiscal years against the grade
 * thresholds, every point labelled with its grade in text; the table under it
 * carries the figures, units and 評価不能 with its reason.
 */
export function YearOverYearChart({ years, indicators, thresholds, summary }: YearOverYearChartProps) {
  const top = Math.max(...thresholds.map((threshold) => threshold.rate)) + 10;
  const data = years.map((year) => ({
    label: year.label,
    ...Object.fromEntries(year.points.flatMap((point, index) => [[`r${index}`, point?.rate ?? null], [`g${index}`, point?.grade ?? ""]])),
  }));
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 20, right: 112, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} padding={{ left: 24, right: 24 }} />
          {/* Room for every threshold line, and for a rate below 0 (an actual that moved away from the target). */}
          <YAxis
            domain={[(dataMin: number) => Math.min(0, Math.floor(dataMin / 10) * 10), (dataMax: number) => Math.max(top, Math.ceil(dataMax / 10) * 10)]}
            tickFormatter={percent}
            allowDecimals={false}
            tick={{ fontSize: 12 }}
            width={56}
          />
          <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : String(value))} />
          <Legend itemSorter="dataKey" />
          {thresholds.map((threshold) => (
            <ReferenceLine key={threshold.label} y={threshold.rate} stroke="#94a3b8" strokeDasharray="3 3" label={{ value: threshold.label, position: "right", fontSize: 11 }} />
          ))}
          {indicators.map((name, index) => (
            <Line
              key={name}
              type="linear"
              dataKey={`r${index}`}
              name={name}
              stroke={colours[index % colours.length]}
              strokeWidth={2}
              strokeDasharray={dashes[index % dashes.length]}
              dot={{ r: 4 }}
              isAnimationActive={false}
            >
              <LabelList dataKey={`g${index}`} position="top" fontSize={12} fill="#0f172a" />
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
