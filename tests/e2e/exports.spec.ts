import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an auditor downloads the document as of 2024-11-30 in every format, then finds those exports in the audit log", async ({ page }) => {
  await signIn(page, "auditor@example.jp");
  await page.getByRole("link", { name: "出力", exact: true }).click();
  await expect(page.getByRole("heading", { name: "方針・進捗の出力" })).toBeVisible();
  await page.getByLabel("局・区").selectOption("seisaku");
  await page.getByRole("button", { name: "表示" }).click();
  const row = page.getByTestId("export-row").filter({ hasText: "2024-11-30（令和6年11月30日）" });
  const expectedStart: Record<string, number[]> = { PDF: [0x25, 0x50, 0x44, 0x46], Excel: [0x50, 0x4b], CSV: [0xef, 0xbb, 0xbf], JSON: [0x7b] };
  for (const [format, magic] of Object.entries(expectedStart)) {
    const downloading = page.waitForEvent("download");
    await row.getByRole("link", { name: `2024-11-30時点の${format}をダウンロード` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^seisaku_2024-11-30_\d{8}T\d{6}\.(pdf|xlsx|csv|json)$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, magic.length)]).toEqual(magic);
    if (format === "JSON") expect(JSON.parse(bytes.toString("utf8")).bureaus[0].issues).toHaveLength(10);
  }

  await page.getByRole("link", { name: "監査ログ" }).click();
  await expect(page.getByRole("heading", { name: "監査ログ", level: 1 })).toBeVisible();
  const filters = page.getByRole("search", { name: "監査ログの絞り込み" });
  await filters.getByLabel("操作").selectOption("export.pdf");
  await filters.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/action=export.pdf/);
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText("監査 三郎");

  await page.getByRole("link", { name: "改ざん検知チェックを実行" }).click();
  await expect(page.getByTestId("chain-result")).toContainText("改ざんは検出されませんでした");
  await expect(page).toHaveURL(/action=export.pdf/);
});

test("staff export their own bureau only and may not read the audit log", async ({ page }) => {
  await signIn(page, "staff@example.jp", { at: "/exports" });
  await expect(page.getByLabel("局・区").locator("option")).toHaveText(["政策局"]);
  const refused = await page.request.get("/api/exports?bureau=e2e-other&date=2024-11-30&format=csv");
  expect(refused.status()).toBe(403);
  expect((await page.goto("/audit"))?.status()).toBe(403);
});
