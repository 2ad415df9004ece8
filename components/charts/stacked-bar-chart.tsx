"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface StackedBarChartProps {
  /** One bar per row; `values[i]` is the count of `series[i]`. */
  bars: { label: string; values: number[] }[];
  /** Each part of a bar, in the user's language, with its colour. */
  series: { name: string; colour: string }[];
  summary: string;
}

// Each series also has its own hatching, so the parts stay apart in grey print
// and for readers who do not tell the colours apart; the legend shows both.
const hatches = ["", "M0,8 L8,0", "M0,0 L8,8", "M4,0 L4,8", "M0,4 L8,4", "M0,0 L8,8 M0,8 L8,0"];

/** Counts stacked per bar (e.g. issues by status for each area); the table beside it carries the same figures. */
export function StackedBarChart({ bars, series, summary }: StackedBarChartProps) {
  const id = useId().replace(/:/g, "");
  const data = bars.map((bar) => ({ label: bar.label, ...Object.fromEntries(bar.values.map((value, index) => [`s${index}`, value])) }));
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height: `${Math.max(180, bars.length * 44 + 90)}px` }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <defs>
            {series.map((part, index) => (
              <pattern key={part.name} id={`${id}-p${index}`} width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill={part.colour} />
                {hatches[index % hatches.length] && <path d={hatches[index % hatches.length]} stroke="#ffffff" strokeWidth="1.5" />}
              </pattern>
            ))}
          </defs>
          <CartesianGrid stroke="#e2e8f0" />
          {/* Counts: whole numbers only (no 0.5件). */}
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend itemSorter="dataKey" />
          {series.map((part, index) => (
            <Bar key={part.name} dataKey={`s${index}`} name={part.name} stackId="parts" fill={`url(#${id}-p${index})`} stroke={part.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
