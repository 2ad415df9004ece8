import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";

/** `next build`, unless asked to reuse a build that is there. */
export function buildUnlessSkipped(skip: boolean) {
  if (skip && existsSync(".next/BUILD_ID")) return;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** CPU seconds (user + system) of /proc/<pid>/stat's fields after the command name, in clock ticks of 1/100 s. */
const cpuSecondsOfStat = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) / 100;

/** Each live process's parent and CPU seconds so far, read from /proc (Linux). */
function processTable(): Map<number, { parent: number; comm: string; seconds: number }> {
  const table = new Map<number, { parent: number; comm: string; seconds: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      table.set(Number(entry), { parent: Number(fields[1]), comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), seconds: cpuSecondsOfStat(fields) });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** CPU seconds the server has used so far: its primary and every worker it runs (a worker that ended is not counted). */
export function cpuSecondsOf(server: ChildProcess): number {
  const table = processTable();
  const inTree = (pid: number): boolean => pid === server.pid || (pid > 1 && table.has(pid) && inTree(table.get(pid)!.parent));
  let total = 0;
  for (const [pid, process] of table) if (inTree(pid)) total += process.seconds;
  return total;
}

/** CPU seconds used so far by each process named `comm` (e.g. PostgreSQL's backends), by pid. */
export function cpuSecondsOfProcessesNamed(comm: string): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const [pid, process] of processTable()) if (process.comm === comm) seconds.set(pid, process.seconds);
  return seconds;
}

/**
 * CPU seconds used so far by each PostgreSQL backend connected to the database at `url`, by pid: the
 * bench's own share of PostgreSQL, which other processes' databases on the same server do not blur
 * (the server's shared processes, e.g. its WAL writer, are left out).
 */
export function cpuSecondsOfBackendsOf(url: string): Map<number, number> {
  const database = ` ${new URL(url).pathname.slice(1)} `;
  const seconds = new Map<number, number>();
  for (const [pid, used] of cpuSecondsOfProcessesNamed("postgres")) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(database)) seconds.set(pid, used);
    } catch {
      // the backend ended while we looked
    }
  }
  return seconds;
}

/** CPU seconds the processes alive at `after` used since `before` (a process that ended in between is not counted). */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU seconds of the whole machine so far, all cores (/proc/stat: everything but idle and iowait). */
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** Stops the server and the processes it started. */
export function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/**
 * Throwaway audit keys for a bench run, in this process and the servers it
 * starts: production refuses to write an audit entry without keys, and the
 * seed writes some.
 */
export function useBenchAuditKeys() {
  if (!process.env.AUDIT_HMAC_KEYS && !process.env.AUDIT_HMAC_KEY_FILE) Object.assign(process.env, ensureDemoAuditKeys(".audit/bench"));
}

/** pg's warning for a query sent on a connection still running one: pg 9 refuses it. */
const concurrentQueryWarning = "client.query() when the client is already executing a query";

/** What the servers started here have logged that a bench must report. */
export const serverWarnings = { concurrentQueries: 0 };

/**
 * The portal's server as production starts it (scripts/serve.ts: `next start` workers sharing one
 * port) on `port` against `databaseUrl`, resolved once it answers (a minute at most). One worker
 * unless `workers` says otherwise; `nodeArgs` go to the workers' node (e.g. `--cpu-prof`), `env` to
 * the environment.
 */
export async function startServer(databaseUrl: string, port: number, options: { workers?: number; nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  const baseUrl = `http://localhost:${port}`;
  useBenchAuditKeys();
  const serve = ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--workers", String(options.workers ?? 1), "--", ...(options.nodeArgs ?? [])];
  const server = spawn(process.execPath, serve, {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-only-secret", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  // Its log goes on to ours; a warning that pg will refuse in its next major version is counted.
  server.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    serverWarnings.concurrentQueries += chunk.toString().split(concurrentQueryWarning).length - 1;
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error("next start did not answer within 60 s");
}
