"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Grade colours (the badges' hues); the table under the chart carries the same figures in text. */
const colours = { A: "#1d4ed8", B: "#15803d", C: "#b45309", D: "#b91c1c", UNRATED: "#64748b" } as const;
export type GradeBar = { label: string } & Record<keyof typeof colours, number>;

/** Indicators per grade for each plan node, stacked. */
export function GradeChart({ bars, labels, summary }: { bars: GradeBar[]; labels: Record<keyof typeof colours, string>; summary: string }) {
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height: `${Math.max(160, bars.length * 36 + 60)}px` }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {(Object.keys(colours) as (keyof typeof colours)[]).map((grade) => (
            <Bar key={grade} dataKey={grade} name={labels[grade]} stackId="grades" fill={colours[grade]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
