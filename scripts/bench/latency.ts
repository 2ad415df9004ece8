import autocannon from "autocannon";
import { type LatencySummary, summarize } from "./stats";

export interface PageLatency extends LatencySummary {
  errors: number;
  non2xx: number;
  bytes: number;
}

/**
 * Response times of `requests` GETs (after `warmup` unmeasured ones) over
 * `connections` keep-alive connections. Every response time is kept, so the
 * percentiles are exact rather than autocannon's histogram buckets; they are
 * also added to `times` when given (to pool several pages' percentiles).
 */
export async function measurePage(url: string, cookie: string, options: { requests: number; warmup: number; connections: number }, times: number[] = []): Promise<PageLatency> {
  const run = (amount: number, times: number[]) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url, amount, connections: options.connections, headers: { cookie } }, (error, result) =>
        error ? reject(error) : resolve(result),
      );
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        if (statusCode === 200) times.push(responseTime);
      });
    });
  await run(options.warmup, []);
  const own: number[] = [];
  const result = await run(options.requests, own);
  times.push(...own);
  return { ...summarize(own), errors: result.errors + result.timeouts, non2xx: result.non2xx, bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)) };
}
