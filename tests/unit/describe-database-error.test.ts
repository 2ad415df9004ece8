import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "@/lib/db/describe-error";
import { DatabaseNotCreatedError } from "@/lib/db/ensure-database";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const url = "postgresql://app:secret@db.example:5432/portal";

describe("describeDatabaseError", () => {
  it("says the server cannot be reached, naming where but no password", () => {
    const message = describeDatabaseError(new Error("connect ECONNREFUSED 127.0.0.1:5432"), url);
    expect(message).toContain("cannot reach the database server (PostgreSQL at db.example:5432)");
    expect(message).not.toContain("secret");
    expect(describeDatabaseError(new Error("SQLITE_CANTOPEN: unable to open database file"), "file:./data/x.db")).toContain("SQLite file ./data/x.db");
  });

  it("tells a missing database from an unreachable server, with the command that creates it", () => {
    const message = describeDatabaseError(pgError("3D000", 'database "portal" does not exist'), url);
    expect(message).toBe('database "portal" does not exist on PostgreSQL at db.example:5432. Create it with: createdb -h db.example -p 5432 -U postgres -O app portal');
    expect(describeDatabaseError(new Error("Database `portal` does not exist\n"), url)).toContain('database "portal" does not exist');
  });

  it("says when the user may not create the missing database, and who may", () => {
    const message = describeDatabaseError(new DatabaseNotCreatedError("portal", "app", pgError("42501", "permission denied to create database")), url);
    expect(message).toContain('user "app" may not create databases');
    expect(message).toContain("run: createdb -h db.example -p 5432 -U postgres -O app portal");
    expect(message).not.toContain("secret");
  });

  it("tells a refused login apart, in one line without the password", () => {
    for (const error of [
      pgError("28P01", 'password authentication failed for user "app"'),
      pgError("28000", 'role "app" does not exist'),
      new Error("User was denied access on the database `(not available)`\n"),
    ]) {
      const message = describeDatabaseError(error, url);
      expect(message).toMatch(/^PostgreSQL at db\.example:5432 refused the login of user "app"/);
      expect(message).toContain("Check the user name and password in DATABASE_URL.");
      expect(message).not.toContain("secret");
      expect(message).not.toContain("\n");
    }
  });

  it("keeps only the first line of other errors", () => {
    expect(describeDatabaseError(new Error("first line\n    at stack"), "file:./x.db")).toBe("first line");
    expect(describeDatabaseError(pgError("42P01", "relation missing\nmore"), url)).toBe("relation missing");
  });
});
