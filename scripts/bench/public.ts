import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { DatabaseProvider } from "@/lib/db/provider";
import { toPlainDate } from "@/lib/domain/dates";
import { createTestDatabase } from "@/tests/support/test-database";
import { benchCity, generateCity } from "./city-generator";
import { measurePage, type PageLatency } from "./latency";
import { seedBenchDatabase } from "./seeded-database";
import { buildUnlessSkipped, startServer, stopServer, useBenchAuditKeys } from "./server";
import { type LatencySummary, ms, summarize } from "./stats";

// npm run bench:public: the residents' site under load. The production build on
// a fresh database (PostgreSQL by default) with the benchmark city, every
// bureau's newest closed reporting date published; then C concurrent anonymous
// readers (no cookie) on the public home, a document page and its JSON: first as
// a closed loop (saturation), then as readers who pause between pages. Also the first-load JavaScript of public pages: the script files a
// page's HTML names, read from the build output (.next), raw and gzipped.

const { values: args } = parseArgs({
  options: {
    engine: { type: "string", default: "postgresql" },
    connections: { type: "string", default: "100" },
    readers: { type: "string", default: "100" },
    seconds: { type: "string", default: "30" },
    "think-ms": { type: "string", default: "1000" },
    requests: { type: "string", default: "3000" },
    "skip-build": { type: "boolean", default: false },
  },
});
const engine = args.engine as DatabaseProvider;
const connections = Number(args.connections);
const readers = Number(args.readers);
const readingSeconds = Number(args.seconds);
const thinkMs = Number(args["think-ms"]);
const requests = Number(args.requests);
const port = 3600;
const baseUrl = `http://localhost:${port}`;

/** The script files a page loads at first, as the build wrote them, and their total size (raw and gzip). */
function firstLoadJs(html: string): { files: number; raw: number; gzip: number } {
  const sources = new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"?]+\.js)/g)].map((m) => m[1]!));
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const bytes = readFileSync(path.join(".next", source.replace(/^\/_next\//, "")));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { files: sources.size, raw, gzip };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `readers` people on the site at once: each opens one of `urls`, reads it for
 * a random 0–2×`thinkMs`, opens another, for `seconds`. Unlike the closed loop
 * above (every connection asks again the moment it is answered, which measures
 * the server's saturation), this is the load that many residents make.
 */
async function measureReaders(urls: string[]): Promise<LatencySummary & { errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + readingSeconds * 1000;
  await Promise.all(
    Array.from({ length: readers }, async () => {
      await pause(Math.random() * 2 * thinkMs);
      while (performance.now() < end) {
        const started = performance.now();
        try {
          const response = await fetch(urls[Math.floor(Math.random() * urls.length)]!);
          await response.arrayBuffer();
          if (response.ok) times.push(performance.now() - started);
          else errors++;
        } catch {
          errors++;
        }
        await pause(Math.random() * 2 * thinkMs);
      }
    }),
  );
  return { ...summarize(times), errors };
}

async function main() {
  buildUnlessSkipped(args["skip-build"]);
  useBenchAuditKeys();
  const database = await createTestDatabase(engine);
  let server: ChildProcess | null = null;
  try {
    const db = await seedBenchDatabase(database.url);
    await generateCity(db, benchCity);
    // Each bench bureau publishes its newest closed (fully approved) date.
    const bureaus = await db.bureau.findMany({ where: { code: { startsWith: `${benchCity.prefix}-` } }, select: { id: true, code: true } });
    let measured: { code: string; date: string } | null = null;
    for (const bureau of bureaus) {
      const period = await db.reportingPeriod.findFirst({ where: { bureauId: bureau.id, status: "CLOSED" }, orderBy: { asOfDate: "desc" } });
      if (!period) continue;
      await db.progressReport.updateMany({ where: { periodId: period.id }, data: { workflowState: "APPROVED" } });
      await db.publication.create({ data: { periodId: period.id, bureauId: bureau.id } });
      measured ??= { code: bureau.code, date: toPlainDate(period.asOfDate) };
    }
    await db.$disconnect();
    if (!measured) throw new Error("the benchmark city has no closed reporting date");
    console.log(`[${engine}] ${bureaus.length} bureaus published; starting next start…`);

    server = await startServer(database.url, port);
    const pages = [
      { name: "public home (list)", path: "/public" },
      { name: "document page", path: `/public/${measured.code}/${measured.date}` },
      { name: "document JSON", path: `/public/data/${measured.code}/${measured.date}.json` },
    ];
    // Search is rate-limited per client (30 a minute): under this load it would measure the refusal, so
    // only its page weight is read below.
    const search = { name: "search", path: `/public/search?q=${encodeURIComponent("九州工業大学")}` };
    const results: { name: string; latency: PageLatency }[] = [];
    for (const page of pages) {
      const latency = await measurePage(`${baseUrl}${page.path}`, "", { requests, warmup: 200, connections });
      console.log(`[${engine}] ${page.name}: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, errors ${latency.errors + latency.non2xx}`);
      results.push({ name: page.name, latency });
    }
    const reading = await measureReaders(pages.map((p) => `${baseUrl}${p.path}`));
    console.log(`[${engine}] ${readers} readers: p50 ${ms(reading.p50)}, p95 ${ms(reading.p95)}, ${reading.count} pages, errors ${reading.errors}`);
    const js = await Promise.all([...pages.filter((p) => !p.path.includes("/data/")), search].map(async (p) => ({ name: p.name, ...firstLoadJs(await (await fetch(`${baseUrl}${p.path}`)).text()) })));

    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const lines = [
      `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; engine ${engine}.`,
      `City: ${benchCity.bureaus} bureaus × ${benchCity.issuesPerBureau} issues, each bureau's newest closed date published. ${connections} concurrent anonymous readers, ${requests} measured requests per page after 200 warm-up (the load generator runs on the same machine).`,
      "",
      "| page | p50 | p95 | p99 | errors | size |",
      "|---|---|---|---|---|---|",
      ...results.map(({ name, latency }) => `| ${name} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)} | ${latency.errors + latency.non2xx} | ${Math.round(latency.bytes / 1024)} KiB |`),
      "",
      `${readers} readers for ${readingSeconds} s, each reading a page for 0–${(2 * thinkMs) / 1000} s before the next (home, document page and JSON at random):`,
      "",
      "| pages read | p50 | p95 | p99 | errors |",
      "|---|---|---|---|---|",
      `| ${reading.count} | ${ms(reading.p50)} | ${ms(reading.p95)} | ${ms(reading.p99)} | ${reading.errors} |`,
      "",
      "| public page | first-load JS files | raw | gzip |",
      "|---|---|---|---|",
      ...js.map((j) => `| ${j.name} | ${j.files} | ${(j.raw / 1000).toFixed(1)} kB | ${(j.gzip / 1000).toFixed(1)} kB |`),
    ];
    console.log(`\n${lines.join("\n")}`);
    mkdirSync("bench-results", { recursive: true });
    writeFileSync(`bench-results/public-${engine}.md`, `${lines.join("\n")}\n`);
  } finally {
    if (server) stopServer(server);
    await database.drop();
  }
}

await main();
