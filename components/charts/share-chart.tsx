"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ShareChartProps {
  /** One point per label (a reporting date); `values[i]` is the share (0–1) of `series[i]`. */
  points: { label: string; values: number[] }[];
  series: { name: string; colour: string }[];
  summary: string;
}

// Lines told apart by dash and marker as well as colour.
const dashes = ["", "6 4", "2 3"];
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Shares across reporting dates on a 0–100 % axis; the table beside it carries the same figures. */
export function ShareChart({ points, series, summary }: ShareChartProps) {
  const data = points.map((point) => ({ label: point.label, ...Object.fromEntries(point.values.map((value, index) => [`s${index}`, value])) }));
  return (
    <div role="img" aria-label={summary} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : String(value))} />
          <Legend itemSorter="dataKey" />
          {series.map((line, index) => (
            <Line
              key={line.name}
              type="linear"
              dataKey={`s${index}`}
              name={line.name}
              stroke={line.colour}
              strokeWidth={2}
              strokeDasharray={dashes[index % dashes.length]}
              dot={{ r: 4 + index }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
