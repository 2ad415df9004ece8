import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { parsePrintedCheckpoint } from "@/lib/audit/checkpoint";
import { signIn } from "./support";

// The database and audit keys of scripts/e2e-server.sh.
const databaseFile = "data/e2e.db";
const verifyEnv = {
  ...process.env,
  DATABASE_URL: `file:./${databaseFile}`,
  AUDIT_HMAC_KEY_FILE: ".audit/e2e/hmac-keys",
  AUDIT_SIGNING_KEY_FILE: ".audit/e2e/signing-key.pem",
  LANG: "en",
};

function auditVerify(...args: string[]) {
  const run = spawnSync("npx", ["tsx", "scripts/audit-trail/verify.ts", "--no-configured-checkpoints", ...args], { env: verifyEnv, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("the head printed in a downloaded export exposes the newest audit entries deleted behind the portal's back", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "auditor@example.jp", { at: "/exports" });
  await page.getByLabel("局・区").selectOption("seisaku");
  await page.getByRole("button", { name: "表示" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-row").filter({ hasText: "2024-11-30（令和6年11月30日）" }).getByRole("link", { name: "2024-11-30時点のCSVをダウンロード" }).click();
  const csv = readFileSync((await (await downloading).path())!, "utf8");
  const trailer = csv.trimEnd().split("\r\n").at(-1)!;
  expect(trailer).toMatch(/^監査ログのチェックポイント,AUDIT-CHECKPOINT\/1 id=\d+ count=\d+ /);
  const head = parsePrintedCheckpoint(trailer)!;
  const printed = trailer.split(",")[1]!;

  // The auditor page shows that head as the chain's current one and as the newest checkpoint.
  await page.goto("/audit");
  await expect(page.getByTestId("chain-head")).toContainText(`記録 ID ${head.lastId}・${head.count}件目`);
  await expect(page.getByTestId("checkpoint-row").first()).toContainText(`${head.lastId} / ${head.count}`);
  expect(auditVerify("--head", printed)).toMatchObject({ status: 0 });

  // Someone with the database file deletes the newest two entries, the export's own included.
  const sqlite = new Database(databaseFile);
  const removed = sqlite.prepare(`SELECT * FROM "AuditEntry" WHERE "id" > ? ORDER BY "id"`).all(head.lastId - 2) as Record<string, unknown>[];
  expect(removed.map((r) => r.id)).toEqual([head.lastId - 1, head.lastId]);
  sqlite.prepare(`DELETE FROM "AuditEntry" WHERE "id" > ?`).run(head.lastId - 2);
  try {
    await page.getByRole("link", { name: "改ざん検知チェックを実行" }).click();
    await expect(page.getByTestId("chain-result")).toHaveAttribute("data-kind", "truncated");
    await expect(page.getByTestId("chain-result")).toContainText(`最新の記録が削除されています。チェックポイント`);
    await expect(page.getByTestId("chain-result")).toContainText(`${head.count}件を記録していましたが、今は${head.count - 2}件しかありません`);
    await expect(page.getByTestId("chain-head")).toContainText(`${head.count - 2}件目`);

    const verified = auditVerify("--head", printed);
    expect(verified.status).toBe(1);
    expect(verified.output).toContain(`Truncated: checkpoint 1 anchored ${head.count} entries, the log now holds ${head.count - 2}`);
    expect(verified.output).toContain("FAILED kind=truncated checkpoint=1");
  } finally {
    // Put the rows back so the other browser tests find an intact log.
    const columns = Object.keys(removed[0]!);
    const insert = sqlite.prepare(`INSERT INTO "AuditEntry" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
    for (const row of removed) insert.run(...columns.map((c) => row[c]));
    sqlite.close();
  }
  expect(auditVerify("--head", printed)).toMatchObject({ status: 0 });
});

test("the production build refuses to start without the audit trail's keys and checkpoint file", async () => {
  test.setTimeout(90_000);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:./${databaseFile}`, NEXTAUTH_SECRET: "e2e-only", PORT: "0" };
  for (const name of ["AUDIT_HMAC_KEYS", "AUDIT_HMAC_KEY_FILE", "AUDIT_SIGNING_KEY_FILE", "AUDIT_CHECKPOINT_FILE"]) delete env[name];
  const run = spawnSync("npx", ["next", "start", "--port", String(Number(process.env.E2E_PORT ?? 3100) + 50)], { env, encoding: "utf8", timeout: 80_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("The portal will not start: the audit trail is not configured.");
  expect(run.stderr).toContain("No audit HMAC key");
});
