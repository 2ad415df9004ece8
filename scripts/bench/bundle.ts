import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { buildUnlessSkipped } from "./server";

// npm run bench:bundle [-- --skip-build] [--dir .next]
// First-load JavaScript per route, from the production build: Next 16 no longer
// prints sizes (vercel/next.js#83815), so they are read from the build's own
// manifests: the runtime every page loads (build-manifest.json rootMainFiles)
// plus the chunks of the route's layouts, boundaries and page (each route's
// client reference manifest, entryJSFiles). Checks the budget (≤ 180 kB gzipped
// for staff pages) and that the chart library (recharts) is loaded at first only
// by routes that show a chart. Exit 1 on a violation. Results: bench-results/bundle.md.

const { values: args } = parseArgs({ options: { "skip-build": { type: "boolean", default: false }, dir: { type: "string", default: ".next" } } });
const budgetKb = 180;
const dir = args.dir;

interface RouteManifest {
  clientModules: Record<string, unknown>;
  entryJSFiles: Record<string, string[]>;
}

/** Every page's client reference manifest under server/app, by route ("/dashboard/indicators"). */
function routeManifests(): Map<string, RouteManifest> {
  const found = new Map<string, RouteManifest>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") {
        // The file assigns globalThis.__RSC_MANIFEST[route]; run it in a sandbox of its own.
        const sandbox: { __RSC_MANIFEST?: Record<string, RouteManifest> } = {};
        runInNewContext(readFileSync(full, "utf8"), Object.assign(sandbox, { self: sandbox, globalThis: sandbox }));
        for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
          const route = key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
          found.set(route, manifest);
        }
      }
    }
  };
  walk(path.join(dir, "server/app"));
  return found;
}

const chunkCache = new Map<string, { raw: number; gzip: number; charts: boolean }>();
function chunk(file: string) {
  let known = chunkCache.get(file);
  if (!known) {
    const bytes = readFileSync(path.join(dir, file));
    // recharts' components carry their class names ("recharts-wrapper", "recharts-surface") in the bundle.
    known = { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength, charts: bytes.includes("recharts-") };
    chunkCache.set(file, known);
  }
  return known;
}

/** Project files that draw a chart: they import recharts, or import or load (next/dynamic) a file that does. */
function drawsChart(module: string, seen = new Set<string>()): boolean {
  const file = module.replace(/^\[project\]\//, "");
  if (seen.has(file) || file.startsWith("node_modules/") || !existsSync(file)) return false;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (/from\s+["']recharts["']/.test(source)) return true;
  // A client component that draws the charts itself (the dashboard's panels) imports the lazy ones statically.
  return [...source.matchAll(/(?:import\(\s*|from\s+)["'](@\/|\.{1,2}\/)([^"']+)["']/g)].some(([, from, rest]) => {
    const target = from === "@/" ? rest! : path.join(path.dirname(file), from!, rest!);
    return ["", ".tsx", ".ts"].map((ext) => `${target}${ext}`).some((candidate) => existsSync(candidate) && statSync(candidate).isFile() && drawsChart(candidate, seen));
  });
}

buildUnlessSkipped(args["skip-build"]);
const buildManifest = JSON.parse(readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const rows: { route: string; files: number; raw: number; gzip: number; charts: boolean; showsChart: boolean; staff: boolean }[] = [];
for (const [route, manifest] of routeManifests()) {
  const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  const sizes = [...files].map(chunk);
  rows.push({
    route,
    files: files.size,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    charts: sizes.some((s) => s.charts),
    showsChart: Object.keys(manifest.clientModules).some((m) => drawsChart(m.split(" ")[0]!)),
    // The residents' site (its own budget, issue 16) and the signed-out pages are not staff pages.
    staff: !/^\/(public|login|password|_)/.test(route),
  });
}
rows.sort((a, b) => a.route.localeCompare(b.route));

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const overBudget = rows.filter((r) => r.staff && r.gzip > budgetKb * 1000);
const chartsWithoutChart = rows.filter((r) => r.charts && !r.showsChart);
const lines = [
  `First-load JavaScript per route (${rows.length} routes), from ${dir}; budget ≤ ${budgetKb} kB gzipped for staff pages.`,
  "",
  "| route | files | raw | gzip | recharts at first load | shows a chart | within budget |",
  "|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.route} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.charts ? "yes" : "no"} | ${r.showsChart ? "yes" : "no"} | ${r.staff ? (r.gzip <= budgetKb * 1000 ? "yes" : "**no**") : "— (not staff)"} |`),
  "",
  `Over budget: ${overBudget.length ? overBudget.map((r) => `${r.route} (${kb(r.gzip)})`).join(", ") : "none"}.`,
  `recharts loaded at first by a route without a chart: ${chartsWithoutChart.length ? chartsWithoutChart.map((r) => r.route).join(", ") : "none"}.`,
];
const text = lines.join("\n");
console.log(text);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/bundle.md", `${text}\n`);
writeFileSync("bench-results/bundle.json", JSON.stringify({ budgetKb, rows }, null, 2));
if (overBudget.length || chartsWithoutChart.length) process.exitCode = 1;
