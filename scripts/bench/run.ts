import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import type { DatabaseProvider } from "@/lib/db/provider";
import { toPlainDate } from "@/lib/domain/dates";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";
import { createTestDatabase } from "@/tests/support/test-database";
import { benchCity } from "./city-generator";
import { measureCityXlsx } from "./city-xlsx";
import { signIn } from "./http-session";
import { seedCityDatabase } from "./seeded-database";
import { buildUnlessSkipped, startServer, stopServer, useBenchAuditKeys } from "./server";
import { measurePage, type PageLatency } from "./latency";
import { measureRawQuery, type RawQueryName } from "./raw-queries";
import { type LatencySummary, ms } from "./stats";

// npm run bench: the production build (next start) on SQLite and on PostgreSQL,
// each loaded with the benchmark city; response times of the dashboards against
// the raw SQL behind them. Results are printed and written to bench-results/.

const { values: args } = parseArgs({
  options: {
    engines: { type: "string", default: "sqlite,postgresql" },
    requests: { type: "string", default: "300" },
    port: { type: "string", default: "3400" },
    "skip-build": { type: "boolean", default: false },
  },
});
const engines = args.engines.split(",") as DatabaseProvider[];
const requests = Number(args.requests);
const port = Number(args.port);
const baseUrl = `http://localhost:${port}`;
const measuredBureau = `${benchCity.prefix}-20`;

const pages: { name: string; path: string; raw: RawQueryName | null; signedIn: boolean }[] = [
  // The sign-in page (signed out): what any server-rendered page costs here, as a floor.
  { name: "login (floor)", path: "/login", raw: null, signedIn: false },
  // A signed-in page with nothing of its own (proxy, session, portal layout): the floor the targets are ratios of.
  { name: "signed-in floor", path: "/bench-floor", raw: null, signedIn: true },
  { name: "bureau dashboard", path: `/dashboard?bureau=${measuredBureau}`, raw: "dashboard", signedIn: true },
  { name: "section × issue matrix", path: `/dashboard/matrix?bureau=${measuredBureau}`, raw: "matrix", signedIn: true },
  { name: "city-wide view", path: "/city", raw: "city", signedIn: true },
  // Issue 15: the plan dashboard stays within the bureau dashboard's budget.
  { name: "plan dashboard (city-wide)", path: "/plans", raw: "planCity", signedIn: true },
  { name: "plan dashboard (one bureau)", path: `/plans?bureau=${measuredBureau}`, raw: "planBureau", signedIn: true },
];

interface EngineResult {
  engine: DatabaseProvider;
  generateSeconds: number;
  /** Seconds to download the whole city's workbook (every run), and its size. */
  cityXlsx: { seconds: number[]; bytes: number };
  pages: { name: string; page: PageLatency; raw: LatencySummary | null }[];
}



async function benchEngine(engine: DatabaseProvider): Promise<EngineResult> {
  const database = await createTestDatabase(engine);
  let server: ChildProcess | null = null;
  try {
    const { db, generateSeconds } = await seedCityDatabase(database.url, benchCity);
    const bureau = await db.bureau.findFirstOrThrow({ where: { code: measuredBureau } });
    const document = await db.policyDocument.findFirstOrThrow({ where: { bureauId: bureau.id } });
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.id }, orderBy: { asOfDate: "desc" } });
    await db.$disconnect();
    console.log(`[${engine}] city generated in ${generateSeconds.toFixed(1)} s; starting next start…`);

    server = await startServer(database.url, port);
    const cookie = await signIn(baseUrl, "city-manager@example.jp", DEMO_PASSWORD);
    const results: EngineResult["pages"] = [];
    for (const page of pages) {
      const latency = await measurePage(`${baseUrl}${page.path}`, page.signedIn ? cookie : "", { requests, warmup: 30, connections: 1 });
      const raw = page.raw
        ? await measureRawQuery(database.url, page.raw, { document: document.id, period: period.id, date: period.asOfDate }, requests)
        : null;
      console.log(`[${engine}] ${page.name}: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}${raw ? `; raw SQL p50 ${ms(raw.p50)}` : ""}`);
      results.push({ name: page.name, page: latency, raw });
    }
    const cityXlsx = await measureCityXlsx(baseUrl, cookie, toPlainDate(period.asOfDate));
    console.log(`[${engine}] city-wide xlsx: ${cityXlsx.seconds.map((s) => s.toFixed(2)).join(", ")} s`);
    return { engine, generateSeconds, pages: results, cityXlsx };
  } finally {
    if (server) stopServer(server);
    await database.drop();
  }
}

function report(results: EngineResult[]) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const lines = [
    `Machine: ${machine}`,
    `City: ${benchCity.bureaus} bureaus × ${benchCity.issuesPerBureau} issues × ${benchCity.reportingDates} reporting dates (+ the seed); ${requests} measured requests per page, one connection, after 30 warm-up requests.`,
    "",
    "| engine | page | p50 | p95 | p99 | errors | raw SQL p50 | raw SQL p95 | page ÷ raw (p50) | HTML size |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const result of results) {
    for (const { name, page, raw } of result.pages) {
      lines.push(
        `| ${result.engine} | ${name} | ${ms(page.p50)} | ${ms(page.p95)} | ${ms(page.p99)} | ${page.errors + page.non2xx} | ${raw ? ms(raw.p50) : "—"} | ${raw ? ms(raw.p95) : "—"} | ${raw ? (page.p50 / raw.p50).toFixed(0) : "—"} | ${Math.round(page.bytes / 1024)} KiB |`,
      );
    }
  }
  for (const result of results) {
    const floor = result.pages.find((p) => p.name === "signed-in floor")!.page.p50;
    const ratios = result.pages
      .filter((p) => p.raw !== null)
      .map(({ name, page }) => `${name} ${(page.p50 / floor).toFixed(1)}× ${page.p50 / floor <= 3 ? "(meets ≤ 3×)" : "(MISSES ≤ 3×)"}`);
    lines.push("", `${result.engine}: p50 ÷ signed-in floor (${ms(floor)}): ${ratios.join("; ")}.`);
  }
  for (const result of results) {
    const dashboard = result.pages.find((p) => p.name === "bureau dashboard")!;
    const verdict = dashboard.page.p95 <= 150 ? "meets" : "MISSES";
    const plans = result.pages.filter((p) => p.name.startsWith("plan dashboard"));
    const slowest = Math.max(...result.cityXlsx.seconds);
    lines.push(
      "",
      `${result.engine}: dashboard p95 ${ms(dashboard.page.p95)} ${verdict} the 150 ms budget; city generated in ${result.generateSeconds.toFixed(1)} s.`,
      ...plans.map((plan) => `${result.engine}: ${plan.name} p95 ${ms(plan.page.p95)} ${plan.page.p95 <= 150 ? "meets" : "MISSES"} the bureau dashboard's 150 ms budget.`),
      `${result.engine}: whole-city xlsx (${benchCity.bureaus + 1} bureaus, ${Math.round(result.cityXlsx.bytes / 1024)} KiB) in ${result.cityXlsx.seconds.map((s) => s.toFixed(2)).join(" / ")} s: slowest ${slowest.toFixed(2)} s, ${slowest < 10 ? "meets" : "MISSES"} the 10 s budget.`,
    );
  }
  const text = lines.join("\n");
  console.log(`\n${text}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/dashboards.md", `${text}\n`);
  writeFileSync("bench-results/dashboards.json", JSON.stringify({ machine, results }, null, 2));
}

buildUnlessSkipped(args["skip-build"]);
useBenchAuditKeys();
const results: EngineResult[] = [];
for (const engine of engines) results.push(await benchEngine(engine));
report(results);
