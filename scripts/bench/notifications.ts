import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { createClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import type { DatabaseProvider } from "@/lib/db/provider";
import { notify } from "@/lib/notifications/enqueue";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { runWorkerRound } from "@/lib/notifications/worker";
import { createTestDatabase } from "@/tests/support/test-database";
import { ms, summarize } from "./stats";

// npm run bench:notifications [-- --engine postgresql --count 10000]
// Queues `count` notifications through the same path the commands use (notify()
// in a transaction: the notification and its rendered mail), then one worker
// delivers them to an SMTP server on loopback. Reports throughput and the time
// from enqueue (the row's createdAt) to arrival at the server.
const { values: args } = parseArgs({ options: { engine: { type: "string", default: "sqlite" }, count: { type: "string", default: "10000" } } });
const engine = args.engine as DatabaseProvider;
const count = Number(args.count);

const arrivals = new Map<string, number>();
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
      if (id) arrivals.set(id, Date.now());
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

  const config = readMailConfig({ ...process.env, SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURITY: "none", SMTP_FROM: "portal@example.jp" });
  const sender = createSmtpSender(config)!;
  const started = Date.now();
  const { sent } = await runWorkerRound({ db, provider: engine, sender });
  const seconds = (Date.now() - started) / 1000;
  sender.close();

  const mails = await db.outboxMail.findMany({ select: { messageId: true, createdAt: true } });
  const latencies = mails.flatMap((m) => {
    const at = arrivals.get(m.messageId);
    return at === undefined ? [] : [at - m.createdAt.getTime()];
  });
  const latency = summarize(latencies);
  console.log(`notifications bench (${engine}): ${count} queued in ${enqueueSeconds.toFixed(1)} s; ${sent} sent, ${arrivals.size} arrived, in ${seconds.toFixed(1)} s = ${(sent / seconds).toFixed(0)} mails/s`);
  console.log(`enqueue → arrival: p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)} (all queued first, then one worker drains them)`);
} finally {
  await db.$disconnect();
  await database.drop();
  server.close();
}
