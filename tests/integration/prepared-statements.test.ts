import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClient } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { createUser } from "@/tests/factories/documents";

// The app's PostgreSQL statements are prepared once per connection and their plans kept (decision 113).
describe.skipIf(providerOf(process.env.DATABASE_URL!) !== "postgresql")("prepared statements", () => {
  it("keep one prepared statement per text on a connection, each execution with its own values", async () => {
    const client = createClient(process.env.DATABASE_URL!);
    try {
      const [a, b] = [await createUser(db, { role: "STAFF" }), await createUser(db, { role: "MANAGER" })];
      const prepared = await client.$transaction(async (tx) => {
        const read = (id: string) => tx.$queryRaw<{ role: string }[]>`SELECT CAST("role" AS TEXT) AS "role" FROM "User" WHERE "id" = ${id} AND 'prepared-statements-test' <> ''`;
        // Twice each: the same text runs again with other values.
        expect([await read(a.id), await read(b.id), await read(a.id)]).toEqual([[{ role: "STAFF" }], [{ role: "MANAGER" }], [{ role: "STAFF" }]]);
        return tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM pg_prepared_statements WHERE "statement" LIKE '%prepared-statements-test%' AND "statement" NOT LIKE '%pg_prepared_statements%'`;
      });
      expect(prepared).toHaveLength(1);
    } finally {
      await client.$disconnect();
    }
  });

  it("leave a connection usable after a prepared write fails and its transaction rolls back", async () => {
    const client = createClient(process.env.DATABASE_URL!);
    try {
      const taken = await createUser(db, { role: "STAFF" });
      const insert = (email: string) => client.$executeRaw`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash") VALUES (${crypto.randomUUID()}, ${email}, 'prepared', 'STAFF', '')`;
      // More times than the pool has connections, so connections are reused after a failure.
      for (let i = 0; i < 12; i++) {
        await expect(client.$transaction(async (tx) => tx.$executeRaw`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash") VALUES (${crypto.randomUUID()}, ${taken.email}, 'prepared', 'STAFF', '')`)).rejects.toThrow();
        expect(await insert(`prepared-${i}-${crypto.randomUUID()}@example.jp`)).toBe(1);
      }
    } finally {
      await client.$disconnect();
    }
  });
});
