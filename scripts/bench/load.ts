import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { workerCount } from "@/lib/deploy/server-processes";
import type { Db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { createTestDatabase } from "@/tests/support/test-database";
import { benchCity, generateCity } from "./city-generator";
import { signIn } from "./http-session";
import { answerText, multipartForm, send } from "./http-client";
import { createReportAuthors, type ReportAuthor, SAVED_TEXT, saveForm, saveFormFields } from "./report-authors";
import { seedBenchDatabase } from "./seeded-database";
import { buildUnlessSkipped, cpuSecondsOf, cpuSecondsBetween, cpuSecondsOfBackendsOf, cpuSecondsOfProcessesNamed, machineBusySeconds, serverWarnings, startServer, stopServer, useBenchAuditKeys } from "./server";
import { type LatencySummary, ms, summarize } from "./stats";

// npm run bench:load: the production build on a fresh PostgreSQL database with
// the benchmark city; N staff users with real sessions, each owning one draft
// report, for S seconds: 80 % dashboard views, 20 % saves of their ⑤ through
// the editor's server action (posted as a browser without JavaScript posts the
// form). Then the database is checked: every acknowledged save is there, as the
// last text of its report, with one audit entry each, and the audit chain holds.
// The requests go through ./http-client (node:http, keep-alive), which sends what
// fetch sends but decompresses only the saves' answers, which the bench reads.

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    // The first server's port; more instances listen on the ports after it.
    port: { type: "string", default: "3500" },
    // App servers on the one database (each on its own port); each request goes to the next one in turn.
    instances: { type: "string", default: "1" },
    // `next start` workers per server sharing its port, as production runs them (scripts/serve.ts);
    // by default as many as production would start (PORTAL_WORKERS, else one per core).
    workers: { type: "string" },
    // Writes a V8 CPU profile of each server to bench-results/profiles/ when it stops.
    profile: { type: "boolean", default: false },
    // What a view requests ({bureau}: the user's bureau's code), and the share of saves: e.g.
    // `--view /bench-floor --saves 0` measures the framework's own ceiling on this machine.
    view: { type: "string", default: "/dashboard?bureau={bureau}" },
    saves: { type: "string", default: "0.2" },
    // Open loop: requests arrive at this rate (a Poisson process, per second, all users together) and each
    // goes to a user who is not waiting for an answer; its time counts from its arrival, so a request that
    // waited for a free user or a busy server is as slow as it was. Without it, each user clicks again as
    // soon as the answer arrives (a closed loop: the most the server answers, not what a user waits).
    rate: { type: "string" },
    // Seconds of the same load before the measured ones, neither timed nor counted: the servers' JIT and
    // caches warm up, and an open loop does not start its measured part behind a queue of cold requests.
    warmup: { type: "string", default: "0" },
    "skip-build": { type: "boolean", default: false },
  },
});
const saveShare = Number(args.saves);
const rate = args.rate === undefined ? null : Number(args.rate);
const userCount = Number(args.users);
const seconds = Number(args.seconds);
const port = Number(args.port);
const baseUrls = Array.from({ length: Number(args.instances) }, (_, i) => `http://localhost:${port + i}`);
const baseUrl = baseUrls[0]!;
let turn = 0;
/** The instance for the next request: in turn, so a save and the view after it often meet different processes. */
const nextBaseUrl = () => baseUrls[turn++ % baseUrls.length]!;
const password = "load-test-password";
/** The clock of V8's CPU profiles (µs), which this process and the servers share. */
const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

interface LoadUser extends ReportAuthor {
  cookie: string;
  form: Record<string, string>;
  acknowledged: string[];
  saves: number;
}

interface Timings {
  view: number[];
  save: number[];
  errors: number;
  conflicts: number;
}

/** One click of `user`: a view, or a save of their ⑤; its time counts from `arrived`. */
async function click(user: LoadUser, timings: Timings, arrived: number) {
  try {
    if (Math.random() >= saveShare) {
      // A view's answer only has to arrive whole: its HTML is not read, so not decompressed.
      const answer = await send(`${nextBaseUrl()}${args.view.replace("{bureau}", user.bureauCode)}`, { headers: { cookie: user.cookie } });
      if (answer.status !== 200) timings.errors++;
      else timings.view.push(performance.now() - arrived);
    } else {
      user.saves++;
      const text = `${user.email} の負荷試験報告 #${user.saves}（${new Date().toISOString()}）`;
      const url = nextBaseUrl();
      const form = multipartForm(saveForm(user.form, text));
      const answer = await send(`${url}/reports/${user.reportId}`, { method: "POST", headers: { cookie: user.cookie, origin: url, "content-type": form.contentType }, body: form.body, keepBody: true });
      const html = answerText(answer);
      if (answer.status !== 200) timings.errors++;
      else if (html.includes(SAVED_TEXT)) {
        user.acknowledged.push(text);
        user.form = saveFormFields(html);
        timings.save.push(performance.now() - arrived);
      } else if (html.includes("他の人が先に保存")) timings.conflicts++;
      else timings.errors++;
    }
  } catch {
    timings.errors++;
  }
}

/** Closed loop: every user clicks again as soon as the answer arrives. */
async function clickWithoutPause(users: LoadUser[], until: number, timings: Timings) {
  await Promise.all(users.map(async (user) => {
    while (Date.now() < until) await click(user, timings, performance.now());
  }));
}

/** Open loop: clicks arrive at `perSecond` (exponential gaps), each taken by the next user with no click in flight. */
async function clickAtRate(users: LoadUser[], perSecond: number, until: number, timings: Timings) {
  const arrivals: number[] = [];
  const idle: ((arrived: number | null) => void)[] = [];
  const hand = (arrived: number) => (idle.length > 0 ? idle.shift()!(arrived) : arrivals.push(arrived));
  let ended = false;
  const nextArrival = () => new Promise<number | null>((resolve) => {
    if (arrivals.length > 0) resolve(arrivals.shift()!);
    else if (ended) resolve(null);
    else idle.push(resolve);
  });
  const clicking = users.map(async (user) => {
    for (let arrived = await nextArrival(); arrived !== null; arrived = await nextArrival()) await click(user, timings, arrived);
  });
  let due = performance.now();
  while (Date.now() < until) {
    due += (-Math.log(1 - Math.random()) * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    hand(due);
  }
  ended = true;
  for (const resolve of idle.splice(0)) resolve(null);
  await Promise.all(clicking);
}

buildUnlessSkipped(args["skip-build"]);
useBenchAuditKeys();
const database = await createTestDatabase("postgresql");
const servers: ChildProcess[] = [];
let failed = false;
try {
  const db = await seedBenchDatabase(database.url);
  await generateCity(db, benchCity);
  const prepared = await createReportAuthors(db, userCount, password);
  const workers = workerCount(readEnv({ ...process.env, DATABASE_URL: database.url, ...(args.workers ? { PORTAL_WORKERS: args.workers } : {}) }));
  const nodeArgs = args.profile ? ["--cpu-prof", "--cpu-prof-dir=bench-results/profiles"] : [];
  for (const url of baseUrls) servers.push(await startServer(database.url, Number(new URL(url).port), { workers, nodeArgs }));
  const users: LoadUser[] = [];
  for (const user of prepared) {
    const cookie = await signIn(baseUrl, user.email, password);
    const page = await send(`${baseUrl}/reports/${user.reportId}`, { headers: { cookie }, keepBody: true });
    users.push({ ...user, cookie, form: saveFormFields(answerText(page)), acknowledged: [], saves: 0 });
  }
  const run = (forSeconds: number, into: Timings) => (rate ? clickAtRate(users, rate, Date.now() + forSeconds * 1000, into) : clickWithoutPause(users, Date.now() + forSeconds * 1000, into));
  const warmup = Number(args.warmup);
  if (warmup > 0) {
    console.log(`${users.length} users signed in; warming up for ${warmup} s…`);
    await run(warmup, { view: [], save: [], errors: 0, conflicts: 0 });
  }
  console.log(`${users.length} users signed in; running for ${seconds} s…`);
  const timings: Timings = { view: [], save: [], errors: 0, conflicts: 0 };
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const cpuBefore = servers.reduce((sum, server) => sum + cpuSecondsOf(server), 0);
  const postgresBefore = cpuSecondsOfProcessesNamed("postgres");
  const backendsBefore = cpuSecondsOfBackendsOf(database.url);
  const machineBefore = machineBusySeconds();
  const benchBefore = process.cpuUsage();
  const started = Date.now();
  const window = { from: monotonicMicroseconds() };
  await run(seconds, timings);
  const elapsed = (Date.now() - started) / 1000;
  // The profiles also hold the servers' start and the sign-ins (bcrypt): their reader keeps the run's samples only.
  if (args.profile) {
    mkdirSync("bench-results/profiles", { recursive: true });
    writeFileSync("bench-results/profiles/window.json", JSON.stringify({ ...window, to: monotonicMicroseconds() }));
  }
  // The app's own CPU time per request: unlike the latencies, it hardly depends on what else runs on the machine.
  const serverCpu = servers.reduce((sum, server) => sum + cpuSecondsOf(server), 0) - cpuBefore;
  // Where the rest of the machine's CPU went: the app, the load generator (this process), PostgreSQL, anything else.
  const postgresCpu = cpuSecondsBetween(postgresBefore, cpuSecondsOfProcessesNamed("postgres"));
  // Other benches on the same server count in postgresCpu; this run's database's backends are its own.
  const backendsCpu = cpuSecondsBetween(backendsBefore, cpuSecondsOfBackendsOf(database.url));
  const benchUsage = process.cpuUsage(benchBefore);
  const benchCpu = (benchUsage.user + benchUsage.system) / 1e6;
  const machineCpu = machineBusySeconds() - machineBefore;

  // What the database holds must be exactly what the users were told was saved.
  let lost = 0;
  let auditMismatch = 0;
  for (const user of users) {
    const report = await db.progressReport.findUniqueOrThrow({ where: { id: user.reportId }, select: { progressText: true } });
    if (user.acknowledged.length > 0 && report.progressText !== user.acknowledged.at(-1)) lost++;
    const entries = await db.auditEntry.count({ where: { entityId: user.reportId, action: "progress.save" } });
    if (entries !== user.acknowledged.length) auditMismatch++;
  }
  const chain = await verifyAuditChain(db);
  await db.$disconnect();

  const all: LatencySummary = summarize([...timings.view, ...timings.save]);
  const view = summarize(timings.view);
  const save = summarize(timings.save);
  const requests = timings.view.length + timings.save.length + timings.errors + timings.conflicts;
  const perAnswered = (seconds: number) => ((seconds * 1000) / Math.max(1, timings.view.length + timings.save.length)).toFixed(1);
  const lines = [
    `Machine: ${os.cpus()[0]?.model ?? "CPU"}, ${os.cpus().length} cores, Node ${process.version}; PostgreSQL; ${users.length} users for ${elapsed.toFixed(0)} s${warmup > 0 ? ` after ${warmup} s of warm-up` : ""}, ${Math.round((1 - saveShare) * 100)} % views of ${args.view} / ${Math.round(saveShare * 100)} % saves; ${rate ? `open loop: clicks arrive at ${rate}/s (exponential gaps), each to a user without one in flight, timed from its arrival` : "closed loop: each user clicks again when answered"}; ${servers.length} app server${servers.length > 1 ? "s" : ""} of ${workers} worker${workers > 1 ? "s" : ""}; load average before ${loadBefore}, after ${os.loadavg()[0]!.toFixed(1)}.`,
    "",
    "| | requests | p50 | p95 | p99 |",
    "|---|---|---|---|---|",
    `| all | ${requests} (${(requests / elapsed).toFixed(1)}/s) | ${ms(all.p50)} | ${ms(all.p95)} | ${ms(all.p99)} |`,
    `| views | ${view.count} | ${ms(view.p50)} | ${ms(view.p95)} | ${ms(view.p99)} |`,
    `| saves (server action) | ${save.count} | ${ms(save.p50)} | ${ms(save.p95)} | ${ms(save.p99)} |`,
    "",
    `App processes' CPU time (primary and workers): ${serverCpu.toFixed(1)} s, ${perAnswered(serverCpu)} ms per answered request.`,
    `The machine's busy CPU per answered request (${os.cpus().length} cores, ${(machineCpu / elapsed).toFixed(2)} busy on average): ${perAnswered(machineCpu)} ms — app ${perAnswered(serverCpu)} ms, load generator ${perAnswered(benchCpu)} ms, PostgreSQL ${perAnswered(postgresCpu)} ms (this run's database's backends ${perAnswered(backendsCpu)} ms), the rest ${perAnswered(machineCpu - serverCpu - benchCpu - postgresCpu)} ms.`,
    "",
    `Errors: ${timings.errors}. Conflicts: ${timings.conflicts}. Acknowledged saves: ${save.count}; lost: ${lost}; reports whose audit entries differ from their saves: ${auditMismatch}. Audit chain: ${chain.ok ? `verifies (${chain.checked} entries)` : `BROKEN (${chain.kind} at entry ${chain.entryId ?? "-"})`}. Concurrent-query warnings in the server log: ${serverWarnings.concurrentQueries}.`,
  ];
  const text = lines.join("\n");
  console.log(`\n${text}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/load.md", `${text}\n`);
  failed = timings.errors > 0 || lost > 0 || auditMismatch > 0 || !chain.ok || serverWarnings.concurrentQueries > 0;
} finally {
  for (const server of servers) stopServer(server);
  await database.drop();
}
process.exit(failed ? 1 : 0);
