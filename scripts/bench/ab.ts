import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestDatabase } from "@/tests/support/test-database";
import { benchCity, generateCity } from "./city-generator";
import { signIn } from "./http-session";
import { createReportAuthors } from "./report-authors";
import { seedBenchDatabase } from "./seeded-database";
import { cpuSecondsOf, stopServer, useBenchAuditKeys } from "./server";

// npm run bench:ab -- --a <dir> --b <dir>: two builds compared side by side. Each directory is a
// checkout with its own `next build` (.next) and node_modules; both serve one fresh database with the
// benchmark city, one worker each, and every user asks A, then B, then A…, so both meet the same
// machine at the same moments. This machine's speed drifts by a third within minutes: runs made one
// after the other (bench:load) cannot resolve a difference of a few per cent; this can.
// Prints each server's CPU time (from /proc) per answered request and B's over A's.

const { values: args } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    seconds: { type: "string", default: "30" },
    users: { type: "string", default: "8" },
    // What each request asks ({bureau}: the user's bureau's code).
    view: { type: "string", default: "/dashboard?bureau={bureau}" },
    // A's port; B listens on the next one.
    port: { type: "string", default: "3600" },
  },
});
const dirs = [args.a, args.b].map((dir) => path.resolve(dir ?? ""));
for (const dir of dirs) if (!existsSync(path.join(dir, ".next/BUILD_ID"))) throw new Error(`${dir}: no build there (npx next build in it first)`);
const ports = [Number(args.port), Number(args.port) + 1];
const password = "ab-password";

useBenchAuditKeys();
const database = await createTestDatabase("postgresql");

/** `scripts/serve.ts` of the checkout in `dir`, as the other benches start it (startServer), but in that directory. */
async function start(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--workers", "1"], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-only-secret", NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error(`${dir}: next start did not answer within 60 s`);
}

const servers: ChildProcess[] = [];
try {
  const db = await seedBenchDatabase(database.url);
  await generateCity(db, benchCity);
  const authors = await createReportAuthors(db, Number(args.users), password);
  for (const [i, dir] of dirs.entries()) servers.push(await start(dir, ports[i]!));
  // Both builds share NEXTAUTH_SECRET, so one session cookie serves both.
  const cookies = await Promise.all(authors.map((author) => signIn(`http://localhost:${ports[0]}`, author.email, password)));
  const answered = [0, 0];
  const ask = async (server: number, user: number) => {
    const response = await fetch(`http://localhost:${ports[server]}${args.view!.replace("{bureau}", authors[user]!.bureauCode)}`, { headers: { cookie: cookies[user]! } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${dirs[server]}: HTTP ${response.status}`);
    answered[server]!++;
  };
  for (let i = 0; i < 100; i++) await Promise.all([ask(0, i % authors.length), ask(1, i % authors.length)]);
  answered.fill(0);
  const before = servers.map((server) => cpuSecondsOf(server));
  const until = Date.now() + Number(args.seconds) * 1000;
  await Promise.all(authors.map(async (_, user) => {
    for (let server = user % 2; Date.now() < until; server = 1 - server) await ask(server, user);
  }));
  const perRequest = servers.map((server, i) => ((cpuSecondsOf(server) - before[i]!) * 1000) / answered[i]!);
  for (const [i, dir] of dirs.entries()) console.log(`${"AB"[i]} ${dir}: ${answered[i]} answered, ${perRequest[i]!.toFixed(2)} ms of app CPU each`);
  console.log(`B / A: ${(perRequest[1]! / perRequest[0]!).toFixed(3)} (${Number(args.users)} users, ${args.seconds} s, ${args.view})`);
} finally {
  for (const server of servers) stopServer(server);
  await database.drop();
}
