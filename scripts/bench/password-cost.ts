import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { summarize } from "./stats";

/** How long one password check takes at the configured bcrypt cost (the work a guess costs). */
export async function measurePasswordCost(runs = 20) {
  const hash = await hashPassword("bench-password");
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await verifyPassword("bench-password", hash);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cost = await measurePasswordCost();
  console.log(`bcrypt (cost ${/^\$2[aby]\$(\d+)\$/.exec(await hashPassword("x"))?.[1]}): one check p50 ${cost.p50.toFixed(0)} ms, p95 ${cost.p95.toFixed(0)} ms over ${cost.count} runs.`);
}
