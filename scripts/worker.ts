import { readEnv } from "@/lib/env";
import { createClient } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { MailConfigError, readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { runWorkerRound } from "@/lib/notifications/worker";

// npm run worker: delivers the notification outbox, writes reminders when they
// fall due and composes daily digests, every MAIL_WORKER_INTERVAL_MS. Any number
// may run beside the app: claims are atomic (lib/notifications/worker.ts).
let config;
try {
  config = readMailConfig();
} catch (error) {
  if (!(error instanceof MailConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { DATABASE_URL } = readEnv();
const db = createClient(DATABASE_URL);
const sender = createSmtpSender(config);
const options = { db, provider: providerOf(DATABASE_URL), sender };
console.log(sender ? `worker: mail via ${config.SMTP_HOST}` : "worker: SMTP_HOST is not set, so no mail is sent; notifications appear in the portal only and mail stays queued");

let stopping = false;
let wake: (() => void) | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    wake?.();
  });
}
while (!stopping) {
  try {
    const { sent } = await runWorkerRound(options);
    if (sent > 0) console.log(`worker: sent ${sent}`);
  } catch (error) {
    // A database or server outage: log it and try again next round; queued mail is kept.
    console.error(`worker: ${(error as Error).message.split("\n").filter(Boolean).pop()}`);
  }
  await new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(resolve, config.MAIL_WORKER_INTERVAL_MS);
  });
}
sender?.close();
await db.$disconnect();
