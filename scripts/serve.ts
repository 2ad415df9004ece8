import "@/scripts/audit-trail/load-env";
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { serverNodeFlags, workerCount } from "@/lib/deploy/server-processes";
import { readEnv } from "@/lib/env";

// The portal's server as production runs it (npm run start:production, and every bench through
// scripts/bench/server.ts): N workers, each Next's standard `next start`, sharing one port through
// Node's cluster module (the primary accepts connections and hands them out in turn). A worker that
// dies is replaced; when workers keep dying (more than two per worker within a minute: a refused
// configuration, a crash at start) the server stops instead, since restarts would fail the same way.
// Decision 107.
//   tsx scripts/serve.ts --port 3000 [--workers N] [-- <node flags for the workers, e.g. --cpu-prof>]

const { values: args, positionals: extraNodeFlags } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, workers: { type: "string" } },
  allowPositionals: true,
});
const env = readEnv(args.workers ? { ...process.env, PORTAL_WORKERS: args.workers } : process.env);
const workers = workerCount(env);

cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve("next/dist/bin/next"),
  args: ["start", "--port", args.port],
  // Not this process's own flags (tsx's loader): Next runs on plain node.
  execArgv: [...serverNodeFlags, ...extraNodeFlags],
});

const restartWindowMs = 60_000;
const deaths: number[] = [];
let stopping = false;
let exitCode = 0;
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    return;
  }
  const now = Date.now();
  deaths.push(now);
  while (deaths[0]! < now - restartWindowMs) deaths.shift();
  if (deaths.length > 2 * workers) {
    console.error(`portal worker ${worker.process.pid} exited (${signal ?? code}); ${deaths.length} workers died within a minute, stopping`);
    stop(code || 1);
    return;
  }
  console.error(`portal worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
  cluster.fork();
});

function stop(code = 0) {
  stopping = true;
  exitCode = code;
  const running = Object.values(cluster.workers ?? {});
  if (running.length === 0) process.exit(code);
  for (const worker of running) worker?.process.kill("SIGTERM");
}
process.on("SIGTERM", () => stop());
process.on("SIGINT", () => stop());

console.log(`portal: ${workers} worker${workers > 1 ? "s" : ""} on port ${args.port} (primary ${process.pid})`);
for (let i = 0; i < workers; i++) cluster.fork();
