import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessibleNow, signIn, signOut } from "./support";

test("a manager makes the briefing book on the period page and downloads it; staff may not download it", async ({ page }) => {
  // Drawing the whole 政策局 document as a PDF takes seconds on a busy machine.
  test.setTimeout(90_000);
  // The seeded 2024-11-30 period: opening another one here would change what later specs see as the latest date.
  await signIn(page, "manager@example.jp", { at: "/periods" });
  await page.getByTestId("period-2024-11-30").getByRole("link", { name: /件の一覧$/ }).first().click();
  const section = page.getByRole("region", { name: "ブリーフィング資料" });
  await expect(section).toBeVisible();
  const versions = section.getByTestId("briefing-row");
  const before = await versions.count();

  await section.getByRole("button", { name: "今の内容でブリーフィング資料を作成する" }).click();
  await expect(section.getByText("ブリーフィング資料を作成しました。")).toBeVisible({ timeout: 45_000 });
  await expect(versions).toHaveCount(before + 1);
  const link = section.getByRole("link", { name: `第${before + 1}版のPDFをダウンロード` });
  await expect(versions.first()).toContainText("政策 局長が作成");

  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^seisaku_2024-11-30_briefing_\d{8}T\d{6}\.pdf$/);
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessibleNow(page, "period page with its briefing books");

  const href = (await link.getAttribute("href"))!;
  await signOut(page);
  // Auditors have no period pages: they find every version on the exports page.
  await signIn(page, "auditor@example.jp", { at: "/exports" });
  await page.getByLabel("局・区").selectOption("seisaku");
  await page.getByRole("button", { name: "表示" }).click();
  const auditorList = page.getByRole("region", { name: "ブリーフィング資料" });
  await expect(auditorList.getByRole("link", { name: `第${before + 1}版のPDFをダウンロード` })).toHaveAttribute("href", href);
  await expectAccessibleNow(page, "exports page with the bureau's briefing books");
  await signOut(page);
  await signIn(page, "staff@example.jp");
  const refused = await page.request.get(href);
  expect(refused.status()).toBe(403);
});
