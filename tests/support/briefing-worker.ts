import { createClient } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { runWorkerRound } from "@/lib/notifications/worker";

// One of the worker processes racing over a deadline in tests/integration/briefing-books.test.ts:
// a whole round at the clock WORKER_NOW (reminders, briefing books, the mail queue).
const url = process.env.DATABASE_URL!;
const db = createClient(url);
const sender = createSmtpSender(readMailConfig())!;
const { sent } = await runWorkerRound({ db, provider: providerOf(url), sender }, new Date(process.env.WORKER_NOW!));
sender.close();
await db.$disconnect();
console.log(JSON.stringify({ sent }));
