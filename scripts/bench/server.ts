import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";

/** `next build`, unless asked to reuse a build that is there. */
export function buildUnlessSkipped(skip: boolean) {
  if (skip && existsSync(".next/BUILD_ID")) return;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Stops the server and the processes it started. */
export function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/**
 * Throwaway audit keys for a bench run, in this process and the servers it
 * starts: production refuses to write an audit entry without keys, and the
 * seed writes some.
 */
export function useBenchAuditKeys() {
  if (!process.env.AUDIT_HMAC_KEYS && !process.env.AUDIT_HMAC_KEY_FILE) Object.assign(process.env, ensureDemoAuditKeys(".audit/bench"));
}

/** `next start` on `port` against `databaseUrl`, resolved once it answers (a minute at most). */
export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const baseUrl = `http://localhost:${port}`;
  useBenchAuditKeys();
  const server = spawn("npx", ["next", "start", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-only-secret", NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error("next start did not answer within 60 s");
}
