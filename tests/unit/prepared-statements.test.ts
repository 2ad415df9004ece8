import { describe, expect, it } from "vitest";
import { preparedStatementNames } from "@/lib/db/prepared-statements";

// Which statements PostgreSQL keeps prepared on each connection (decision 113).
describe("preparedStatementNames", () => {
  it("gives a text the same name every time and another text another name", () => {
    const nameOf = preparedStatementNames({ textLength: 100, count: 10 });
    const a = nameOf({ sql: 'SELECT 1 FROM "User" WHERE "id" = $1' });
    const b = nameOf({ sql: 'SELECT 1 FROM "Issue" WHERE "id" = $1' });
    expect(a).not.toBe("");
    expect(b).not.toBe("");
    expect(b).not.toBe(a);
    expect(nameOf({ sql: 'SELECT 1 FROM "User" WHERE "id" = $1' })).toBe(a);
  });

  it("leaves long texts unnamed, and new texts once the count is reached, but keeps the names given", () => {
    const nameOf = preparedStatementNames({ textLength: 20, count: 2 });
    expect(nameOf({ sql: `INSERT INTO "X" VALUES ${"($1),".repeat(10)}` })).toBe("");
    const first = nameOf({ sql: "SELECT 1" });
    nameOf({ sql: "SELECT 2" });
    expect(nameOf({ sql: "SELECT 3" })).toBe("");
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
  });

  it("names each client's statements apart", () => {
    const one = preparedStatementNames({ textLength: 100, count: 1 });
    const other = preparedStatementNames({ textLength: 100, count: 1 });
    one({ sql: "SELECT 1" });
    expect(other({ sql: "SELECT 2" })).not.toBe("");
  });
});
