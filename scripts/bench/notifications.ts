import { execFile } from "node:child_process";
import { parseArgs, promisify } from "node:util";
import { SMTPServer } from "smtp-server";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { type DatabaseProvider, providerOf } from "@/lib/db/provider";
import { notify } from "@/lib/notifications/enqueue";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { runWorkerRound } from "@/lib/notifications/worker";
import { createTestDatabase } from "@/tests/support/test-database";
import { ms, summarize } from "./stats";

// npm run bench:notifications [-- --engine postgresql --count 10000 --workers 2]
// Queues `count` notifications through the same path the commands use (notify()
// in a transaction: the notification and its rendered mail), then workers
// deliver them to an SMTP server on loopback: one in this process, or with
// --workers N, N worker processes racing over the queue as `npm run worker`s do.
// Reports throughput, mails that arrived twice or never, and the time from
// enqueue (the row's createdAt) to arrival at the server.
const { values: args } = parseArgs({
  options: { engine: { type: "string", default: "sqlite" }, count: { type: "string", default: "10000" }, workers: { type: "string", default: "1" }, worker: { type: "boolean", default: false } },
});

const smtpConfig = (port: string) => readMailConfig({ ...process.env, SMTP_HOST: "127.0.0.1", SMTP_PORT: port, SMTP_SECURITY: "none", SMTP_FROM: "portal@example.jp" });

if (args.worker) {
  // A worker process (--workers N): one round drains what it can claim, as scripts/worker.ts does.
  const url = process.env.DATABASE_URL!;
  const db = createClient(url);
  const sender = createSmtpSender(smtpConfig(process.env.BENCH_SMTP_PORT!))!;
  const { sent } = await runWorkerRound({ db, provider: providerOf(url), sender });
  sender.close();
  await db.$disconnect();
  console.log(JSON.stringify({ sent }));
  process.exit(0);
}

const engine = args.engine as DatabaseProvider;
const count = Number(args.count);
const workers = Number(args.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new Error("--workers must be 1–16");

const arrivals = new Map<string, number>();
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    let head = "";
    stream.on("data", (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString("utf8");
    });
    stream.on("end", () => {
      const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1];
      received++;
      if (id && !arrivals.has(id)) arrivals.set(id, Date.now());
      callback();
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.server.address() as { port: number }).port;

const database = await createTestDatabase(engine);
await applyMigrations(database.url);
const db = createClient(database.url);
try {
  const users = await Promise.all(
    Array.from({ length: 100 }, (_, i) => db.user.create({ data: { email: `bench-${i}@example.jp`, name: `bench ${i}`, role: "STAFF" }, select: { id: true } })),
  );
  const enqueueStarted = performance.now();
  for (let done = 0; done < count; done += users.length) {
    const batch = users.slice(0, Math.min(users.length, count - done)).map((u) => u.id);
    await db.$transaction((tx) => notify(tx, { kind: "PASSWORD_RESET", userIds: batch, link: "http://localhost:3000/password/set?token=bench" }));
  }
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;

  const started = Date.now();
  let sent: number;
  if (workers === 1) {
    const sender = createSmtpSender(smtpConfig(String(port)))!;
    sent = (await runWorkerRound({ db, provider: engine, sender })).sent;
    sender.close();
  } else {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: database.url, BENCH_SMTP_PORT: String(port) };
    const outputs = await Promise.all(
      Array.from({ length: workers }, () => run("npx", ["tsx", "--conditions=react-server", "scripts/bench/notifications.ts", "--worker"], { env, cwd: process.cwd() })),
    );
    const perWorker = outputs.map((o) => (JSON.parse(o.stdout.trim().split("\n").pop()!) as { sent: number }).sent);
    console.log(`sent per worker process: ${perWorker.join(", ")}`);
    sent = perWorker.reduce((a, b) => a + b, 0);
  }
  const seconds = (Date.now() - started) / 1000;
  const times = [...arrivals.values()];
  const drainSeconds = (Math.max(...times) - Math.min(...times)) / 1000;

  const mails = await db.outboxMail.findMany({ select: { messageId: true, createdAt: true } });
  const latencies = mails.flatMap((m) => {
    const at = arrivals.get(m.messageId);
    return at === undefined ? [] : [at - m.createdAt.getTime()];
  });
  const latency = summarize(latencies);
  const unsent = await db.outboxMail.count({ where: { state: { not: "SENT" } } });
  console.log(`notifications bench (${engine}, ${workers} worker${workers > 1 ? " processes" : ""}): ${count} queued in ${enqueueSeconds.toFixed(1)} s; ${sent} sent, ${arrivals.size} arrived in ${seconds.toFixed(1)} s = ${(arrivals.size / seconds).toFixed(0)} mails/s (first to last arrival ${drainSeconds.toFixed(1)} s = ${(arrivals.size / drainSeconds).toFixed(0)} mails/s)`);
  console.log(`arrived twice: ${received - arrivals.size}; never arrived: ${count - arrivals.size}; not marked sent: ${unsent}`);
  console.log(`enqueue → arrival: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)} (all queued first, then the workers drain them)`);
} finally {
  await db.$disconnect();
  await database.drop();
  server.close();
}
