import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import type { IsolationLevel, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresClient } from "@/generated/prisma/postgres/client";
import { DelegatingAdapter } from "@/lib/db/delegating-adapter";
import { createAdapterFactory } from "@/lib/db/provider";
import { serializedTransactions } from "@/lib/db/serialized-transactions";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";
import { createTestDatabase } from "@/tests/support/test-database";
import { benchCity, generateCity } from "./city-generator";
import { signIn } from "./http-session";
import { createReportAuthors, postSave, type ReportAuthor, SAVED_TEXT, saveFormFields } from "./report-authors";
import { seedBenchDatabase } from "./seeded-database";
import { buildUnlessSkipped, cpuSecondsBetween, cpuSecondsOf, cpuSecondsOfBackendsOf, startServer, stopServer, useBenchAuditKeys } from "./server";
import { ms, summarize } from "./stats";

// npm run bench:profile: where one signed-in request's time goes, for the bureau
// dashboard, the matrix, the city view, the report editor and a save of ⑤ posted
// from it as a browser without JavaScript posts the form (PostgreSQL, the benchmark city).
// 1. Over HTTP against `next start` with V8's CPU profiler on: N sequential requests
//    per page; the profile's samples taken while they ran are split by the layer on
//    their stack (session/auth, Prisma, the pg driver, React rendering, Next, GC, idle =
//    waiting for the database), as milliseconds per request. The HTML's size and the
//    part of it that is the RSC payload inlined for hydration are weighed.
// 2. In this process (tsx --conditions=react-server), each read the page makes, run
//    through the app's own data functions on a client whose driver adapter times every
//    SQL statement: the read's time, its statements' time and count, the ORM's own
//    share (the rest), and the CPU of the database's backends (only this client's are
//    connected then). Read-model caching (decision 100) is bypassed here.

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "200" },
    port: { type: "string", default: "3600" },
    // Only the pages whose names contain one of these (comma-separated), e.g. `--pages floor,report,save`.
    pages: { type: "string", default: "" },
    "skip-build": { type: "boolean", default: false },
  },
});
const requests = Number(args.requests);
const port = Number(args.port);
const baseUrl = `http://localhost:${port}`;
const measuredBureau = `${benchCity.prefix}-20`;
const profileDir = "bench-results/profiles/pages";
const pagesDir = "bench-results/pages";

const authorPassword = "profile-password";

interface Page {
  name: string;
  path: string;
  /** Signed in as the author of the report `{report}` in the path (a staff account), not the city-level manager. */
  asAuthor?: boolean;
  /** Each request posts the page's save form, from the fields of the previous answer. */
  save?: boolean;
}

const pages = ([
  { name: "signed-in floor", path: "/bench-floor" },
  { name: "bureau dashboard", path: `/dashboard?bureau=${measuredBureau}` },
  { name: "section × issue matrix", path: `/dashboard/matrix?bureau=${measuredBureau}` },
  { name: "city-wide view", path: "/city" },
  { name: "report editor", path: "/reports/{report}", asAuthor: true },
  { name: "save (no-JS form post)", path: "/reports/{report}", asAuthor: true, save: true },
] satisfies Page[] as Page[]).filter((page) => !args.pages || args.pages.split(",").some((part) => page.name.includes(part)));

// ---- 1. HTTP and the CPU profile ----

interface Frame {
  functionName: string;
  url: string;
}
interface CpuProfile {
  nodes: { id: number; callFrame: Frame; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const layers: [string, (frame: Frame) => boolean][] = [
  ["session and auth (next-auth, jose, HKDF)", (f) => /next-auth|jose|openid-client|hkdf/.test(f.url + f.functionName)],
  ["pg driver", (f) => /node_modules\/pg(-protocol|-pool|-types)?\//.test(f.url)],
  ["Prisma (query building, interpreter, results)", (f) => /@prisma|prisma/i.test(f.url) || f.url.startsWith("wasm") || /queryRaw|performIO|interpretNode/.test(f.functionName)],
  // React's server renderers are compiled into Next's app-page runtime, so rendering counts here.
  ["Next.js and React rendering (routing, proxy, RSC, HTML, streams)", (f) => /next\/dist/.test(f.url)],
];

/** Milliseconds per layer in the samples taken between `from` and `to` (µs, the monotonic clock V8 and process.hrtime share). */
function splitByLayer(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const out = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < from || at > to) return;
    const leaf = byId.get(id)!.callFrame.functionName;
    let label = leaf === "(idle)" ? "idle (waiting: database, network)" : leaf === "(garbage collector)" ? "garbage collection" : null;
    for (let node: number | undefined = id; !label && node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!.callFrame;
      label = layers.find(([, test]) => test(frame))?.[0] ?? null;
    }
    label ??= "app code and Node core";
    out.set(label, (out.get(label) ?? 0) + delta / 1000);
  });
  return out;
}

/** The bytes of the HTML that are the RSC payload inlined for hydration (`self.__next_f.push` scripts). */
function inlinedPayloadBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)) bytes += Buffer.byteLength(match[1]!);
  return bytes;
}

interface PageProfile {
  name: string;
  p50: number;
  p95: number;
  htmlBytes: number;
  inlinedBytes: number;
  rscBytes: number;
  layers: Map<string, number>;
  transactions: number;
  /** The server process's own CPU time (user + system), which depends far less than the profile on what else runs. */
  cpu: number;
}

/**
 * The database's committed and rolled-back transactions so far (a statement outside a transaction is one),
 * after a wait: a PostgreSQL backend with pending counts publishes them within 10 s of going idle.
 */
async function databaseTransactions(databaseUrl: string): Promise<number> {
  await sleep(11_000);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT xact_commit + xact_rollback AS count FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

async function profilePage(databaseUrl: string, page: Page, author: ReportAuthor): Promise<PageProfile> {
  rmSync(profileDir, { recursive: true, force: true });
  const server: ChildProcess = await startServer(databaseUrl, port, { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] });
  let window: [number, number];
  const times: number[] = [];
  let html = "";
  let rscBytes = 0;
  let transactionsBefore = 0;
  let transactionsPerRequest = 0;
  let cpuPerRequest = 0;
  try {
    const cookie = page.asAuthor ? await signIn(baseUrl, author.email, authorPassword) : await signIn(baseUrl, "city-manager@example.jp", DEMO_PASSWORD);
    const path = page.path.replace("{report}", author.reportId);
    let saveFields = page.save ? saveFormFields(await (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).text()) : {};
    let saves = 0;
    const get = async () => {
      const response = await (page.save ? postSave(baseUrl, author.reportId, cookie, saveFields, `プロファイル ${++saves}`) : fetch(`${baseUrl}${path}`, { headers: { cookie } }));
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      if (page.save) {
        if (!text.includes(SAVED_TEXT)) throw new Error(`${path}: the save was not acknowledged`);
        saveFields = saveFormFields(text);
      }
      return text;
    };
    for (let i = 0; i < 30; i++) await get();
    transactionsBefore = await databaseTransactions(databaseUrl);
    const from = Number(process.hrtime.bigint() / 1000n);
    const cpuBefore = cpuSecondsOf(server);
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      html = await get();
      times.push(performance.now() - started);
    }
    window = [from, Number(process.hrtime.bigint() / 1000n)];
    cpuPerRequest = ((cpuSecondsOf(server) - cpuBefore) * 1000) / requests;
    // Less the statement that read the count before.
    transactionsPerRequest = ((await databaseTransactions(databaseUrl)) - transactionsBefore - 1) / requests;
    // What a client-side navigation fetches instead of the HTML (for the save: the page's).
    const rsc = await fetch(`${baseUrl}${path}`, { headers: { cookie, RSC: "1" } }).then((response) => response.text());
    rscBytes = Buffer.byteLength(rsc);
    // Kept for reading what the payload is made of.
    const slug = `${page.path.replace(/\?.*$/, "").replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home"}${page.save ? "-save" : ""}`;
    mkdirSync(pagesDir, { recursive: true });
    writeFileSync(`${pagesDir}/${slug}.html`, html);
    writeFileSync(`${pagesDir}/${slug}.rsc`, rsc);
  } finally {
    stopServer(server);
  }
  // The profile is written as the server exits.
  let file: string | undefined;
  for (let i = 0; i < 100 && !file; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The directory too appears only when the exiting server writes the profile (slow on a busy machine).
    file = existsSync(profileDir) ? readdirSync(profileDir, { withFileTypes: true }).find((entry) => entry.name.endsWith(".cpuprofile"))?.name : undefined;
  }
  if (!file) throw new Error("the server wrote no CPU profile");
  await new Promise((resolve) => setTimeout(resolve, 500));
  const profile = JSON.parse(readFileSync(`${profileDir}/${file}`, "utf8")) as CpuProfile;
  // For reading the profile by function: the measured requests' samples are those between these (µs).
  writeFileSync(`${profileDir}/window.json`, JSON.stringify({ from: window[0], to: window[1] }));
  const perRequest = new Map([...splitByLayer(profile, ...window)].map(([layer, total]) => [layer, total / requests]));
  const summary = summarize(times);
  return { name: page.name, p50: summary.p50, p95: summary.p95, htmlBytes: Buffer.byteLength(html), inlinedBytes: inlinedPayloadBytes(html), rscBytes, layers: perRequest, transactions: transactionsPerRequest, cpu: cpuPerRequest };
}

// ---- 2. Each read, ORM against SQL ----

// The time during which at least one statement was in flight (a read sends some at once), and their count.
const sqlClock = { ms: 0, statements: 0, inFlight: 0, since: 0 };

/** Times every statement sent through the adapter (outside and inside transactions). */
function timed(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const time = async <T>(run: () => Promise<T>) => {
    if (sqlClock.inFlight++ === 0) sqlClock.since = performance.now();
    sqlClock.statements++;
    try {
      return await run();
    } finally {
      if (--sqlClock.inFlight === 0) sqlClock.ms += performance.now() - sqlClock.since;
    }
  };
  class TimedAdapter extends DelegatingAdapter {
    override queryRaw(query: SqlQuery) {
      return time(() => this.inner.queryRaw(query));
    }
    override executeRaw(query: SqlQuery) {
      return time(() => this.inner.executeRaw(query));
    }
    // A write's statements go through its transaction (its BEGIN and COMMIT are not counted).
    override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const transaction = await this.inner.startTransaction(isolationLevel);
      return Object.assign(Object.create(transaction) as Transaction, {
        queryRaw: (query: SqlQuery) => time(() => transaction.queryRaw(query)),
        executeRaw: (query: SqlQuery) => time(() => transaction.executeRaw(query)),
      });
    }
  }
  return { provider: factory.provider, adapterName: factory.adapterName, connect: async () => new TimedAdapter(await factory.connect()) };
}

async function profileReads(databaseUrl: string, author: ReportAuthor) {
  // lib/db takes this client (outside production it reuses the one on globalThis), prepared as the app's (decision 113).
  (globalThis as unknown as { portalDb: unknown }).portalDb = new PostgresClient({ adapter: timed(serializedTransactions(createAdapterFactory(databaseUrl, { prepared: true }))) });
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { readSessionFloor } = await import("@/lib/data/users");
  const { countReviewQueue, getReportPage } = await import("@/lib/data/reports");
  const { saveProgressDraft } = await import("@/lib/commands/progress");
  const { resolveDashboardScope } = await import("@/lib/data/dashboard-scope");
  const { listFilterOptions } = await import("@/lib/data/issue-filters");
  const { loadDashboardReports, loadDashboardRows } = await import("@/lib/data/dashboard");
  const { expectedIssues, tallySubmissions } = await import("@/lib/data/period-counts");
  const { getSectionMatrix } = await import("@/lib/data/section-matrix");
  const { getCityOverview } = await import("@/lib/data/city-overview");
  const { bypassReadModelCache } = await import("@/lib/data/read-model-cache");
  const { parseDashboardFilters } = await import("@/lib/validation/dashboard");
  bypassReadModelCache();

  const user = await db.user.findUniqueOrThrow({ where: { email: "city-manager@example.jp" } });
  const actor = { id: user.id, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId };
  const authorUser = await db.user.findUniqueOrThrow({ where: { email: author.email } });
  const authorActor = { id: authorUser.id, role: authorUser.role, bureauId: authorUser.bureauId, sectionId: authorUser.sectionId };
  // The save sends every input of the editor, as the form does: each indicator's actual, each milestone's done date.
  const edited = await db.progressReport.findUniqueOrThrow({
    where: { id: author.reportId },
    select: { version: true, issue: { select: { indicators: { select: { id: true } }, milestones: { select: { id: true } } } } },
  });
  let version = edited.version;
  const indicators = edited.issue.indicators.map((i) => ({ indicatorId: i.id, actual: "1" }));
  const milestones = edited.issue.milestones.map((m) => ({ milestoneId: m.id, doneDate: "" }));
  const filters = parseDashboardFilters({ bureau: measuredBureau });
  const scope = await resolveDashboardScope(actor, filters);
  const trendPeriods = scope.periods.filter((p) => p.asOfDate <= scope.period!.asOfDate).map((p) => ({ ...p, bureauId: scope.bureau!.id }));
  const expected = await expectedIssues(trendPeriods);
  const reads: [string, () => Promise<unknown>][] = [
    ["session: the account, unread count and counters (decisions 041, 105)", () => readSessionFloor(user.id, Date.now())],
    ["layout: review queue count", () => countReviewQueue(actor)],
    ["dashboards: scope (bureaus, dates, document)", () => resolveDashboardScope(actor, filters)],
    ["dashboards: filter options", () => listFilterOptions(scope.bureau!.id, scope.document!.id)],
    ["dashboard: issues, as-of indicators, late milestones", () => loadDashboardRows(scope.bureau!.id, scope.document!.id, scope.period, filters)],
    // What the first view after a save of ⑤ reloads: its reports and the completeness tally; the
    // bureau's structure and the issues each date expects stay cached (decisions 100, 102).
    ["dashboard after a save of ⑤: its reports part and completeness", () => Promise.all([loadDashboardReports(scope.document!.id, scope.period), tallySubmissions(trendPeriods, expected)])],
    ["matrix: sections × issues", () => getSectionMatrix(scope, filters)],
    ["city view: every bureau's counts", () => getCityOverview(actor, undefined)],
    ["report editor: the report, its yardsticks, the previous report", () => getReportPage(authorActor, author.reportId)],
    [
      "save: the command (one transaction with its audit entry)",
      async () => {
        const saved = await saveProgressDraft(authorActor, { reportId: author.reportId, version: String(version), progressText: `読み ${version}`, status: "ON_TRACK", indicators, milestones }, "ja");
        if (!saved.ok) throw new Error(`the save was refused: ${saved.kind}`);
        version = saved.data.version;
      },
    ],
  ];
  const rows: string[] = [];
  for (const [name, read] of reads) {
    for (let i = 0; i < 20; i++) await read();
    const wall: number[] = [];
    const sql: number[] = [];
    let statements = 0;
    // Only this client's connections are on the database now: its backends' CPU is the reads' own.
    const backendsBefore = cpuSecondsOfBackendsOf(databaseUrl);
    for (let i = 0; i < requests; i++) {
      sqlClock.ms = 0;
      sqlClock.statements = 0;
      const started = performance.now();
      await read();
      wall.push(performance.now() - started);
      sql.push(sqlClock.ms);
      statements = sqlClock.statements;
    }
    const w = summarize(wall).p50;
    const s = summarize(sql).p50;
    const postgres = (cpuSecondsBetween(backendsBefore, cpuSecondsOfBackendsOf(databaseUrl)) * 1000) / requests;
    rows.push(`| ${name} | ${statements} | ${ms(w)} | ${ms(s)} | ${ms(Math.max(0, w - s))} | ${ms(postgres)} |`);
  }
  await db.$disconnect();
  return rows;
}

buildUnlessSkipped(args["skip-build"]);
useBenchAuditKeys();
const database = await createTestDatabase("postgresql");
try {
  const seeded = await seedBenchDatabase(database.url);
  await generateCity(seeded, benchCity);
  const [author] = await createReportAuthors(seeded, 1, authorPassword);
  await seeded.$disconnect();
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const profiles: PageProfile[] = [];
  for (const page of pages) {
    profiles.push(await profilePage(database.url, page, author!));
    console.log(`${page.name}: p50 ${ms(profiles.at(-1)!.p50)}`);
  }
  const reads = await profileReads(database.url, author!);
  const layerNames = [...new Set(profiles.flatMap((p) => [...p.layers.keys()]))];
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const lines = [
    `Machine: ${os.cpus()[0]?.model ?? "CPU"}, ${os.cpus().length} cores, Node ${process.version}; PostgreSQL; the benchmark city; ${requests} sequential requests per page after 30 unmeasured, signed in as the city-level manager; load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(1)} after.`,
    "",
    `| per request | ${profiles.map((p) => p.name).join(" | ")} |`,
    `|---|${profiles.map(() => "---").join("|")}|`,
    `| p50 (p95) | ${profiles.map((p) => `${ms(p.p50)} (${ms(p.p95)})`).join(" | ")} |`,
    `| ÷ signed-in floor (p50) | ${profiles.map((p) => (p.p50 / profiles[0]!.p50).toFixed(1)).join(" | ")} |`,
    ...layerNames.map((layer) => `| CPU profile: ${layer} | ${profiles.map((p) => ms(p.layers.get(layer) ?? 0)).join(" | ")} |`),
    `| CPU profile: all but idle | ${profiles.map((p) => ms([...p.layers].reduce((sum, [layer, time]) => (layer.startsWith("idle") ? sum : sum + time), 0))).join(" | ")} |`,
    `| server process CPU time (user + system, profiler included) | ${profiles.map((p) => ms(p.cpu)).join(" | ")} |`,
    `| database transactions (a statement outside one is one) | ${profiles.map((p) => p.transactions.toFixed(1)).join(" | ")} |`,
    `| HTML | ${profiles.map((p) => kib(p.htmlBytes)).join(" | ")} |`,
    `| of which the inlined RSC payload | ${profiles.map((p) => kib(p.inlinedBytes)).join(" | ")} |`,
    `| RSC response (client-side navigation) | ${profiles.map((p) => kib(p.rscBytes)).join(" | ")} |`,
    "",
    "Each read of those pages (and the save's command) through the app's data functions, uncached (p50 of the same number of runs):",
    "",
    "| read | SQL statements | read | SQL in flight | ORM's own (read − SQL in flight) | PostgreSQL's CPU (mean) |",
    "|---|---|---|---|---|---|",
    ...reads,
  ];
  const text = lines.join("\n");
  console.log(`\n${text}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/profile.md", `${text}\n`);
} finally {
  await database.drop();
}
process.exit(0);
