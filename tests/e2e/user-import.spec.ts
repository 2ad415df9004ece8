import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// An HR system's Shift_JIS export of 50 people, one of whom (line 27) names a section that does not exist.
const fixture = path.join(import.meta.dirname, "fixtures/hr-users-50.csv");

test("an admin bulk-imports 50 users from a Shift_JIS CSV, fixing the one bad line in the preview", async ({ page }) => {
  test.slow();
  await signIn(page, "admin@example.jp");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "CSVから一括登録" }).click();
  await expect(page.getByRole("heading", { name: "ユーザーの一括登録（CSV）" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByLabel("CSVファイル").setInputFiles(fixture);
  await page.getByRole("button", { name: "確認する" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("作成 49件・更新 0件・変更なし 0件・誤りのある行 1件");
  const errorRow = summary.getByRole("row").filter({ hasText: "存在しない課" });
  await expect(errorRow.getByRole("cell").first()).toHaveText("27");

  // Saving now is refused, and nothing is half-saved.
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("何も保存していません");

  // The decoded text is in the form: correct line 27 there and check again.
  const text = page.getByLabel("CSVの内容（ここで直せます）");
  await expect(text).toHaveValue(/一括 職員26,bulk-26@city\.example\.jp,職員,政策局,存在しない課/);
  await text.fill((await text.inputValue()).replace("存在しない課", "国際政策課"));
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(summary).toContainText("作成 50件・更新 0件・変更なし 0件・誤りのある行 0件");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByRole("status")).toContainText("登録しました");

  // The same file again changes nothing.
  await page.getByRole("button", { name: "確認する" }).click();
  await expect(summary).toContainText("作成 0件・更新 0件・変更なし 50件・誤りのある行 0件");

  await page.goto("/admin/users?q=bulk-27");
  await expect(page.locator("main").getByText("一括 職員27")).toBeVisible();
});
