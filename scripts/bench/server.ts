import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";

/** `next build`, unless asked to reuse a build that is there. */
export function buildUnlessSkipped(skip: boolean) {
  if (skip && existsSync(".next/BUILD_ID")) return;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** CPU seconds (user + system) the process has used so far (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
export function cpuSecondsOf(server: ChildProcess): number {
  const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by each process named `comm` (e.g. PostgreSQL's backends), by pid, read from /proc. */
export function cpuSecondsOfProcessesNamed(comm: string): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) !== comm) continue;
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      seconds.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the process ended while we looked
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
 * `next start` on `port` against `databaseUrl`, resolved once it answers (a minute at most).
 * `nodeArgs` go to the server's node (e.g. `--cpu-prof`), `env` to its environment.
 */
export async function startServer(databaseUrl: string, port: number, options: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  const baseUrl = `http://localhost:${port}`;
  useBenchAuditKeys();
  const server = spawn(process.execPath, [...(options.nodeArgs ?? []), "node_modules/next/dist/bin/next", "start", "--port", String(port)], {
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
