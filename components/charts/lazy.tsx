"use client";

import dynamic from "next/dynamic";

// The chart library is fetched only where a chart is drawn, after the page is
// shown: no route carries it in its first-load JavaScript (issue 17), and the
// table beside every chart is in the server's HTML from the start. The
// placeholder keeps the chart's room so nothing moves when it arrives.
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div aria-hidden="true" className={`${height} w-full rounded bg-slate-50`} />;
  };

export const StackedBarChart = dynamic(() => import("./stacked-bar-chart").then((m) => m.StackedBarChart), { ssr: false, loading: placeholder("h-48") });
export const ShareChart = dynamic(() => import("./share-chart").then((m) => m.ShareChart), { ssr: false, loading: placeholder("h-64") });
export const YearOverYearChart = dynamic(() => import("./year-over-year-chart").then((m) => m.YearOverYearChart), { ssr: false, loading: placeholder("h-72") });
export const GradeChart = dynamic(() => import("@/components/plans/grade-chart").then((m) => m.GradeChart), { ssr: false, loading: placeholder("h-48") });
export const IndicatorChart = dynamic(() => import("@/components/dashboard/indicator-chart").then((m) => m.IndicatorChart), { ssr: false, loading: placeholder("h-56") });
