import "../audit-trail/load-env";
import { type ChildProcess, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { type DatabaseProvider, providerOf } from "@/lib/db/provider";
import { toPlainDate } from "@/lib/domain/dates";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";
import { createTestDatabase } from "@/tests/support/test-database";
import { type CityOptions, scaleCity } from "./city-generator";
import { measureCityXlsx } from "./city-xlsx";
import { signIn } from "./http-session";
import { measurePage, type PageLatency } from "./latency";
import { seedCityDatabase } from "./seeded-database";
import { buildUnlessSkipped, startServer, stopServer, useBenchAuditKeys } from "./server";
import { ms, summarize } from "./stats";

// npm run bench:scale [-- --engines sqlite,postgresql --requests 100 --years 10
//   --bureaus 60 --audit-entries 1000000 --skip-build --port 3700 --only verify,xlsx]
// npm run bench:scale -- --database <url> : measures a database that
//   bench:generate -- --years 10 --bureaus 60 has filled (kept; its engine only),
//   with the audit keys of .env or the environment, as bench:generate used.
// The ten-year city (issue 17, item 4) on each engine: how long it takes to
// generate; the dashboards against the framework floor in the same run; the
// filtered /audit page; npm run audit:verify over the whole chain (time and peak
// memory); and the whole city's xlsx. Results go to bench-results/scale.md/.json.
// --only verify or --only xlsx measures that part alone (the pages are skipped).

const { values: args } = parseArgs({
  options: {
    engines: { type: "string", default: "sqlite,postgresql" },
    requests: { type: "string", default: "100" },
    years: { type: "string", default: String(scaleCity.fiscalYears) },
    bureaus: { type: "string", default: String(scaleCity.bureaus) },
    "audit-entries": { type: "string", default: String(scaleCity.auditEntries) },
    database: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3700" },
    only: { type: "string" },
  },
});
const parts = new Set(args.only ? args.only.split(",") : ["verify", "pages", "xlsx"]);
const engines = args.database ? [providerOf(args.database)] : (args.engines.split(",") as DatabaseProvider[]);
const requests = Number(args.requests);
const city: CityOptions = { ...scaleCity, fiscalYears: Number(args.years), bureaus: Number(args.bureaus), auditEntries: Number(args["audit-entries"]) };
const port = Number(args.port);
const baseUrl = `http://localhost:${port}`;
const measuredBureau = `${city.prefix}-${String(Math.min(20, city.bureaus)).padStart(2, "0")}`;

/** The floor the targets are ratios of: a signed-in page with nothing of its own, as npm run bench has it. */
const floor = { name: "signed-in floor (/bench-floor)", path: "/bench-floor" };
const dashboards = [
  { name: "bureau dashboard", path: `/dashboard?bureau=${measuredBureau}` },
  { name: "section × issue matrix", path: `/dashboard/matrix?bureau=${measuredBureau}` },
  { name: "city-wide view", path: "/city" },
];

interface Verification {
  seconds: number;
  /** CPU seconds (user + system) the verifier was given: what a loaded machine does not change. */
  cpuSeconds: number | null;
  peakMB: number;
  ok: boolean;
  output: string;
}

interface EngineResult {
  engine: DatabaseProvider;
  /** Null when measuring a database generated beforehand (--database). */
  generateSeconds: number | null;
  auditEntries: number;
  pages: { name: string; latency: PageLatency }[];
  audit: { name: string; latency: PageLatency }[];
  /** Null for a part --only left out. */
  auditAll: ReturnType<typeof summarize> | null;
  verify: Verification | null;
  cityXlsx: { seconds: number[]; bytes: number } | null;
}

/**
 * npm run audit:verify as an operator runs it, in a process of its own, under
 * /usr/bin/time -v when there is one: the wall time and the peak resident memory.
 */
function runVerify(databaseUrl: string): Verification {
  // Through npm: the script there bounds the verifier's heap (decision 111).
  const command = ["npm", "run", "--silent", "audit:verify", "--", "--no-configured-checkpoints"];
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const result = spawnSync(timed ? "/usr/bin/time" : command[0]!, timed ? ["-v", ...command] : command.slice(1), {
    env: { ...process.env, DATABASE_URL: databaseUrl, LANG: "en" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}${result.stderr}`;
  // The largest of the processes (the verifier itself, not npx), from time -v; else the verifier's own line.
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const fromScript = /peak memory (\d+) MB/.exec(output);
  const peakMB = fromTime ? Math.round(Number(fromTime[1]) / 1024) : Number(fromScript?.[1] ?? Number.NaN);
  const cpu = [/User time \(seconds\): ([\d.]+)/, /System time \(seconds\): ([\d.]+)/].map((pattern) => pattern.exec(output)?.[1]);
  const cpuSeconds = cpu.every((v) => v !== undefined) ? Number(cpu[0]) + Number(cpu[1]) : null;
  return { seconds, cpuSeconds, peakMB, ok: result.status === 0, output };
}

async function benchEngine(engine: DatabaseProvider): Promise<EngineResult> {
  const given = args.database;
  const database = given ? { url: given, drop: async () => {} } : await createTestDatabase(engine);
  let server: ChildProcess | null = null;
  try {
    // A database generated earlier gets the migrations added since.
    if (given) await applyMigrations(given);
    const generated = given ? null : await seedCityDatabase(database.url, city);
    const db = generated?.db ?? createClient(database.url);
    const generateSeconds = generated?.generateSeconds ?? null;
    if (generated) console.log(`[${engine}] ${generated.written.reports} reports and ${generated.written.auditEntries} audit entries generated in ${generated.generateSeconds.toFixed(1)} s`);
    const bureau = await db.bureau.findFirstOrThrow({ where: { code: measuredBureau } });
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.id }, orderBy: { asOfDate: "desc" } });
    const issue = await db.issue.findFirstOrThrow({ where: { document: { bureauId: bureau.id } }, orderBy: [{ document: { fiscalYear: "desc" } }, { sortOrder: "asc" }] });
    const user = await db.user.findFirstOrThrow({ where: { bureauId: bureau.id, role: "STAFF" } });
    const auditEntries = await db.auditEntry.count();
    await db.$disconnect();

    const verify = parts.has("verify") ? runVerify(database.url) : null;
    if (verify) console.log(`[${engine}] audit:verify: ${verify.ok ? "intact" : "FAILED"}, ${verify.seconds.toFixed(1)} s (CPU ${verify.cpuSeconds?.toFixed(1) ?? "?"} s), peak ${verify.peakMB} MB`);
    if (verify && !verify.ok) console.error(verify.output);
    if (!parts.has("pages") && !parts.has("xlsx")) return { engine, generateSeconds, auditEntries, pages: [], audit: [], auditAll: null, verify, cityXlsx: null };

    server = await startServer(database.url, port);
    const manager = await signIn(baseUrl, "city-manager@example.jp", DEMO_PASSWORD);
    const auditor = await signIn(baseUrl, "auditor@example.jp", DEMO_PASSWORD);
    const options = { requests, warmup: 20, connections: 1 };
    const pages: EngineResult["pages"] = [];
    for (const page of parts.has("pages") ? [floor, ...dashboards] : []) {
      const latency = await measurePage(`${baseUrl}${page.path}`, manager, options);
      console.log(`[${engine}] ${page.name}: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}`);
      pages.push({ name: page.name, latency });
    }
    // The auditor sees the whole city's log: the largest scope.
    const fiscalYear = period.fiscalYear;
    const auditFilters = [
      { name: "no filter (newest page)", query: "" },
      { name: "bureau", query: `bureau=${measuredBureau}` },
      { name: "user", query: `user=${user.id}` },
      { name: "action", query: "action=progress.approve" },
      { name: "issue (and its reports)", query: `issue=${issue.id}` },
      { name: "one month", query: `from=${fiscalYear - 4}-11-01&to=${fiscalYear - 4}-11-30` },
      { name: "bureau + action + month", query: `bureau=${measuredBureau}&action=progress.submit&from=${fiscalYear - 4}-11-01&to=${fiscalYear - 4}-11-30` },
    ];
    const audit: EngineResult["audit"] = [];
    const allTimes: number[] = [];
    for (const filter of parts.has("pages") ? auditFilters : []) {
      const times: number[] = [];
      const latency = await measurePage(`${baseUrl}/audit?${filter.query}`, auditor, options, times);
      allTimes.push(...times);
      console.log(`[${engine}] /audit ${filter.name}: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}`);
      audit.push({ name: filter.name, latency });
    }
    const cityXlsx = parts.has("xlsx") ? await measureCityXlsx(baseUrl, auditor, toPlainDate(period.asOfDate)) : null;
    if (cityXlsx) console.log(`[${engine}] city-wide xlsx: ${cityXlsx.seconds.map((s) => s.toFixed(2)).join(", ")} s`);
    return { engine, generateSeconds, auditEntries, pages, audit, auditAll: parts.has("pages") ? summarize(allTimes) : null, verify, cityXlsx };
  } finally {
    if (server) stopServer(server);
    await database.drop();
  }
}

const verdict = (met: boolean) => (met ? "met" : "**not met**");

function report(results: EngineResult[], loadBefore: number[], loadAfter: number[]) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(" / ");
  const lines = [
    `Machine: ${machine}; load average (1/5/15 min) ${load(loadBefore)} at the start, ${load(loadAfter)} at the end.`,
    `City: ${city.bureaus} bureaus × ${city.fiscalYears} fiscal years × ${city.reportingDates} reporting dates a year, ${city.issuesPerBureau} issues a document (+ the seed); ${requests} measured requests per page, one connection, after 20 warm-up requests.`,
    "",
    "| engine | what | p50 | p95 | p99 | errors | p50 ÷ floor p50 | HTML size |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const result of results) {
    const floorP50 = result.pages[0]?.latency.p50 ?? Number.NaN;
    for (const { name, latency } of result.pages) {
      const ratio = name === floor.name ? "—" : `${(latency.p50 / floorP50).toFixed(1)}×`;
      lines.push(`| ${result.engine} | ${name} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)} | ${latency.errors + latency.non2xx} | ${ratio} | ${Math.round(latency.bytes / 1024)} KiB |`);
    }
    for (const { name, latency } of result.audit) {
      lines.push(`| ${result.engine} | /audit: ${name} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)} | ${latency.errors + latency.non2xx} | — | ${Math.round(latency.bytes / 1024)} KiB |`);
    }
  }
  for (const { engine, generateSeconds, auditEntries, pages, auditAll, verify, cityXlsx } of results) {
    lines.push("", `${engine}: ${generateSeconds === null ? "generated beforehand (bench:generate)" : `generated in ${generateSeconds.toFixed(1)} s`} (${auditEntries.toLocaleString("en")} audit entries in the chain).`);
    if (auditAll) {
      const floorP50 = pages[0]!.latency.p50;
      const worstRatio = Math.max(...pages.slice(1).map((p) => p.latency.p50 / floorP50));
      lines.push(
        `${engine}: dashboards' p50 at most ${worstRatio.toFixed(1)}× the floor: ${verdict(worstRatio <= 3)} (target ≤ 3×).`,
        `${engine}: /audit, all filters together (${auditAll.count} requests): p95 ${ms(auditAll.p95)}: ${verdict(auditAll.p95 <= 300)} (target ≤ 300 ms).`,
      );
    }
    if (verify) {
      lines.push(
        `${engine}: audit:verify over ${auditEntries.toLocaleString("en")} entries: ${verify.ok ? "intact" : "FAILED"} in ${verify.seconds.toFixed(1)} s (CPU ${verify.cpuSeconds?.toFixed(1) ?? "?"} s), peak ${verify.peakMB} MB: ${verdict(verify.ok && verify.seconds <= 60 && verify.peakMB <= 512)} (target ≤ 60 s in ≤ 512 MB).`,
      );
    }
    if (cityXlsx) {
      const slowest = Math.max(...cityXlsx.seconds);
      lines.push(
        `${engine}: whole-city xlsx (${Math.round(cityXlsx.bytes / 1024)} KiB) in ${cityXlsx.seconds.map((s) => s.toFixed(2)).join(" / ")} s: slowest ${slowest.toFixed(2)} s: ${verdict(slowest <= 10)} (target ≤ 10 s).`,
      );
    }
  }
  const text = lines.join("\n");
  console.log(`\n${text}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/scale.md", `${text}\n`);
  writeFileSync("bench-results/scale.json", JSON.stringify({ machine, loadBefore, loadAfter, city, results: results.map(({ verify, ...r }) => ({ ...r, verify: verify && { ...verify, output: undefined } })) }, null, 2));
}

buildUnlessSkipped(args["skip-build"]);
useBenchAuditKeys();
const loadBefore = os.loadavg();
const results: EngineResult[] = [];
for (const engine of engines) results.push(await benchEngine(engine));
report(results, loadBefore, os.loadavg());
