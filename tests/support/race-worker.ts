import { createClient } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { deliverDueMails } from "@/lib/notifications/worker";

// One of the racing worker processes of tests/integration/notifications.test.ts:
// small batches, so the two interleave many times, until nothing is left to claim.
const url = process.env.DATABASE_URL!;
const db = createClient(url);
const sender = createSmtpSender(readMailConfig())!;
let sent = 0;
for (;;) {
  const batch = await deliverDueMails({ db, provider: providerOf(url), sender, batchSize: 5 });
  if (batch.claimed === 0) break;
  sent += batch.sent;
}
sender.close();
await db.$disconnect();
console.log(JSON.stringify({ sent }));
