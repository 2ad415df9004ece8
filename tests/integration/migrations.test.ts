import { describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaChange } from "@/lib/db/migrate";
import { providerOf } from "@/lib/db/provider";
import { db } from "@/lib/db";

const url = process.env.DATABASE_URL ?? "";

describe(`migrations (${providerOf(url)})`, () => {
  it("leave no change of prisma/schema.prisma without a migration", async () => {
    expect(await pendingSchemaChange(providerOf(url), url)).toBe("");
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("created every table the client uses", async () => {
    const counts = await Promise.all([
      db.city.count(), db.bureau.count(), db.section.count(), db.policyDocument.count(), db.area.count(),
      db.issue.count(), db.partnerOrganization.count(), db.reportingPeriod.count(), db.progressReport.count(),
      db.indicator.count(), db.indicatorValue.count(), db.milestone.count(), db.user.count(), db.auditEntry.count(),
    ]);
    expect(counts.every((n) => n > 0)).toBe(true);
  });
});
