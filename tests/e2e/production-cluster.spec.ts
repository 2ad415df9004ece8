import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// The production start (scripts/serve.ts, decision 107) on real processes, beside the suite's own
// server: two `next start` workers on one port (a free one, chosen by the system), on PostgreSQL.

/** The primary's `next start` workers (not tsx's esbuild helper), from /proc. */
function workersOf(primary: number): number[] {
  const workers: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(") ") + 2).split(" ")[1]);
      if (parent === primary && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("next")) workers.push(Number(entry));
    } catch {
      // ended while we looked
    }
  }
  return workers;
}

/** Which of `pids` hold an established connection on local `port` (the kernel's socket table and each process's descriptors). */
function holdersOfConnections(port: number, pids: number[]): Set<number> {
  const sockets = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (Number.parseInt(fields[1]!.split(":")[1]!, 16) === port && fields[3] === "01") sockets.add(fields[9]!);
    }
  }
  const holders = new Set<number>();
  for (const pid of pids) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const target = (() => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          return "";
        }
      })();
      if (sockets.has(target.slice("socket:[".length, -1))) holders.add(pid);
    }
  }
  return holders;
}

/** GET /login over `count` separate kept-alive connections; resolves with the agents (connections still open). */
async function openConnections(port: number, count: number): Promise<http.Agent[]> {
  const agents = Array.from({ length: count }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const statuses = await Promise.all(
    agents.map(
      (agent) =>
        new Promise<number>((resolve, reject) => {
          http.get({ host: "127.0.0.1", port, path: "/login", agent }, (response) => response.resume().on("end", () => resolve(response.statusCode ?? 0))).on("error", reject);
        }),
    ),
  );
  expect(statuses).toEqual(Array(count).fill(200));
  return agents;
}

let database: TestDatabase;
let server: ChildProcess;
let output = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createTestDatabase("postgresql");
  const keys = ensureDemoAuditKeys(mkdtempSync(path.join(os.tmpdir(), "portal-cluster-audit-")));
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", "0", "--workers", "2"], {
    env: { ...process.env, ...keys, DATABASE_URL: database.url, NEXTAUTH_SECRET: "cluster-test-secret-0123456789abcdef", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => (output.match(/Ready in/g) ?? []).length, { timeout: 90_000 }).toBe(2);
});

test.afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await database?.drop();
});

test("two workers share the port and both serve; a killed worker is replaced and serves", async () => {
  test.setTimeout(120_000);
  // Every worker listens on the same port: the system's choice, printed by each `next start`.
  const ports = new Set([...output.matchAll(/http:\/\/localhost:(\d+)/g)].map((match) => Number(match[1])));
  expect(ports.size).toBe(1);
  const port = [...ports][0]!;
  const workers = workersOf(server.pid!);
  expect(workers).toHaveLength(2);

  // Connections are handed out in turn: eight of them land on both workers.
  let agents = await openConnections(port, 8);
  expect(holdersOfConnections(port, workers)).toEqual(new Set(workers));
  for (const agent of agents) agent.destroy();

  // A worker that dies is replaced by a new process that serves in its place.
  const [killed, survivor] = workers as [number, number];
  process.kill(killed, "SIGKILL");
  await expect.poll(() => workersOf(server.pid!).filter((pid) => pid !== survivor), { timeout: 60_000 }).toEqual([expect.any(Number)]);
  const replacement = workersOf(server.pid!).find((pid) => pid !== survivor)!;
  expect(replacement).not.toBe(killed);
  await expect.poll(() => (output.match(/Ready in/g) ?? []).length, { timeout: 60_000 }).toBe(3);
  agents = await openConnections(port, 8);
  expect(holdersOfConnections(port, [survivor, replacement])).toEqual(new Set([survivor, replacement]));
  for (const agent of agents) agent.destroy();
  expect(output).toContain(`portal worker ${killed} exited (SIGKILL); starting another`);
});
