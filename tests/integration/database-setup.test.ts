import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerOf } from "@/lib/db/provider";

// `npm run db:setup` (the first step of `npm start`) run as a newcomer would,
// against a database that is not there: its one-line answer must name the real cause.
const url = process.env.DATABASE_URL!;
const provider = providerOf(url);

async function setup(databaseUrl: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "scripts/db/setup.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

if (provider === "postgresql") describe("PostgreSQL: a database that does not exist", () => {
  const suffix = randomBytes(4).toString("hex");
  const missing = `portal_probe_${suffix}`;
  const limitedRole = `portal_nocreate_${suffix}`;
  const admin = new pg.Client({ connectionString: url });
  const urlFor = (user: string, database: string) => {
    const target = new URL(url);
    target.username = user;
    target.password = "";
    target.pathname = `/${database}`;
    return target.toString();
  };
  const exists = async (name: string) => (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  const { username: adminUser, hostname, port } = new URL(url);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE ROLE ${limitedRole} LOGIN NOCREATEDB`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${missing} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${limitedRole}`);
    await admin.end();
  });

  it("is created, migrated and seeded when the user may create databases", async () => {
    const run = await setup(urlFor(adminUser, missing));
    expect(run.stderr).not.toContain("Database setup failed");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created the database "${missing}".`);
    expect(run.stdout).toContain("Loaded the Policy Bureau document");
    expect(await exists(missing)).toBe(true);
    const again = await setup(urlFor(adminUser, missing));
    expect(again.stdout).not.toContain("Created the database");
    expect(again.stdout).toContain("Seed data already present.");
  }, 120_000);

  it("is named, with the command that creates it, when the user may not", async () => {
    const name = `${missing}_x`;
    const run = await setup(urlFor(limitedRole, name));
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Database setup failed: database "${name}" does not exist on PostgreSQL at ${hostname}:${port}, and user "${limitedRole}" may not create databases. ` +
        `As a user who may (e.g. postgres), run: createdb -h ${hostname} -p ${port} -U postgres -O ${limitedRole} ${name}`,
    );
    expect(await exists(name)).toBe(false);
  }, 60_000);

  it("is told apart from a refused login and from a server that does not answer", async () => {
    const refused = await setup(urlFor(`portal_nobody_${suffix}`, missing));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `Database setup failed: PostgreSQL at ${hostname}:${port} refused the login of user "portal_nobody_${suffix}" (role "portal_nobody_${suffix}" does not exist). Check the user name and password in DATABASE_URL.`,
    );
    const closedPort = new URL(urlFor(adminUser, missing));
    closedPort.port = "1";
    const unreachable = await setup(closedPort.toString());
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim()).toBe(
      `Database setup failed: cannot reach the database server (PostgreSQL at ${hostname}:1). Check DATABASE_URL and that the server is running.`,
    );
  }, 60_000);
});

if (provider === "sqlite") describe("SQLite: a file that cannot be opened", () => {
  it("is made with its folder when that folder does not exist yet", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "portal-setup-"));
    try {
      const run = await setup(`file:${dir}/new/folder/portal.db`);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(existsSync(path.join(dir, "new/folder/portal.db"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("is named with its path, in one line, when its folder cannot be made", async () => {
    const run = await setup("file:/dev/null/portal.db");
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "Database setup failed: cannot open the database (SQLite file /dev/null/portal.db). Check DATABASE_URL and that its folder exists and is writable.",
    );
  }, 60_000);
});
