import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "@/lib/db/describe-error";

describe("describeDatabaseError", () => {
  it("says the database cannot be reached, naming where but no password", () => {
    const message = describeDatabaseError(new Error("connect ECONNREFUSED 127.0.0.1:5432"), "postgresql://app:secret@db.example:5432/portal");
    expect(message).toContain("cannot reach the database (PostgreSQL at db.example:5432)");
    expect(message).not.toContain("secret");
    expect(describeDatabaseError(new Error("SQLITE_CANTOPEN: unable to open database file"), "file:./data/x.db")).toContain("SQLite file ./data/x.db");
  });
  it("keeps only the first line of other errors", () => {
    expect(describeDatabaseError(new Error("first line\n    at stack"), "file:./x.db")).toBe("first line");
  });
});
