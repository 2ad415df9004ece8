import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";
import { createTestDatabase } from "@/tests/support/test-database";
import { signIn } from "./http-session";
import { seedBenchDatabase } from "./seeded-database";
import { buildUnlessSkipped, cpuSecondsOf, startServer, stopServer, useBenchAuditKeys } from "./server";

// npm run bench:browser: what a page costs the server when a browser opens it, not only its own request:
// the production build on a fresh PostgreSQL database with the seed, one worker, a signed-in Chromium that
// opens each page N times (each a full load, so the client router starts empty) and waits until the network
// is idle. Counts the server's answers (the page, and the prefetches its links send) and the server's CPU
// time (primary and worker, from /proc) per load.

const text = (fallback: string) => ({ type: "string", default: fallback }) as const;
const { values: args } = parseArgs({
  options: { port: text("3600"), pages: text("/bench-floor,/dashboard"), loads: text("5"), user: text("city-manager@example.jp"), "skip-build": { type: "boolean", default: false } },
});
const baseUrl = `http://localhost:${args.port}`;

buildUnlessSkipped(args["skip-build"]);
useBenchAuditKeys();
const database = await createTestDatabase("postgresql");
const db = await seedBenchDatabase(database.url);
await db.$disconnect();
const server = await startServer(database.url, Number(args.port));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  const cookie = await signIn(baseUrl, args.user, DEMO_PASSWORD);
  const context = await browser.newContext();
  const separator = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: baseUrl }]);
  const page = await context.newPage();
  const answers = { pages: 0, prefetches: 0, failed: 0 };
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/")) return;
    if (response.status() !== 200) answers.failed++;
    else if (response.request().headers()["next-router-prefetch"]) answers.prefetches++;
    else answers.pages++;
  });
  const load = async (path: string) => {
    await page.goto(`${baseUrl}${path}`);
    await page.waitForLoadState("networkidle");
  };
  console.log(`${args.user}, ${args.loads} loads per page, 1 worker, load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}:`);
  for (const path of args.pages.split(",")) {
    await load(path); // warms the server's JIT and caches, unmeasured
    Object.assign(answers, { pages: 0, prefetches: 0, failed: 0 });
    const before = cpuSecondsOf(server);
    for (let i = 0; i < Number(args.loads); i++) await load(path);
    const perLoad = (n: number) => (n / Number(args.loads)).toFixed(1);
    console.log(`${path}: ${perLoad(answers.pages)} page and ${perLoad(answers.prefetches)} prefetch answers per load (${answers.failed} not 200), server CPU ${(((cpuSecondsOf(server) - before) * 1000) / Number(args.loads)).toFixed(0)} ms per load`);
  }
} finally {
  await browser.close();
  stopServer(server);
  await database.drop();
}
