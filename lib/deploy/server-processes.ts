import os from "node:os";
import type { Env } from "@/lib/env";

/**
 * V8 flags of every portal server process (production and the benches start it the same way,
 * scripts/serve.ts). A larger young generation: rendering a page allocates a lot of short-lived
 * objects, and with the default 16 MiB semi-space many of them survive a scavenge only to be
 * copied and promoted (decision 107 has the measurement).
 */
export const serverNodeFlags = ["--max-semi-space-size=64"];

/** `next start` workers sharing the port: PORTAL_WORKERS, else one per core on PostgreSQL and one on SQLite. */
export function workerCount(env: Pick<Env, "DATABASE_URL" | "PORTAL_WORKERS">, cores = os.availableParallelism()): number {
  return env.PORTAL_WORKERS ?? (env.DATABASE_URL.startsWith("file:") ? 1 : cores);
}
