import { describe, expect, it } from "vitest";
import { workerCount } from "@/lib/deploy/server-processes";
import { readEnv } from "@/lib/env";

const postgres = "postgresql://portal@127.0.0.1:5432/portal";
const env = (vars: Record<string, string>) => readEnv({ NODE_ENV: "test", ...vars });

describe("server workers (decision 107)", () => {
  it("starts one per core on PostgreSQL and one on SQLite, unless PORTAL_WORKERS says otherwise", () => {
    expect(workerCount(env({ DATABASE_URL: postgres }), 4)).toBe(4);
    expect(workerCount(env({ DATABASE_URL: "file:./data/portal.db" }), 4)).toBe(1);
    expect(workerCount(env({ DATABASE_URL: postgres, PORTAL_WORKERS: "3" }), 4)).toBe(3);
    expect(workerCount(env({ DATABASE_URL: "file:./data/portal.db", PORTAL_WORKERS: "1" }), 4)).toBe(1);
  });

  it("refuses several workers on SQLite, and a count that is not a whole number from 1", () => {
    expect(() => env({ DATABASE_URL: "file:./data/portal.db", PORTAL_WORKERS: "2" })).toThrow(/PORTAL_WORKERS above 1 needs PostgreSQL/);
    for (const bad of ["0", "1.5", "many"]) expect(() => env({ DATABASE_URL: postgres, PORTAL_WORKERS: bad })).toThrow(/PORTAL_WORKERS/);
  });
});
