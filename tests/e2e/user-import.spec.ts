import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

// An HR system's Shift_JIS export of 50 people, ten of them in a bureau the admin creates first
// (未来創造局, section 新設推進課), one (line 27) in a section that does not exist.
const fixture = path.join(import.meta.dirname, "fixtures/hr-users-50.csv");

async function expectNoSeriousViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("an admin creates a bureau and a section, then bulk-imports 50 users from a Shift_JIS CSV, fixing the one bad line in the preview", async ({ page }) => {
  test.slow();
  await signIn(page, "admin@example.jp");
  await page.getByRole("link", { name: "組織", exact: true }).click();
  await expect(page.getByRole("heading", { name: "組織の管理" })).toBeVisible();
  await expectNoSeriousViolations(page);
  const newBureau = page.getByRole("form", { name: "局・区を追加" });
  await newBureau.getByLabel("名称").fill("未来創造局");
  await newBureau.getByLabel("コード（英小文字・数字・ハイフン）").fill("mirai");
  await newBureau.getByRole("button", { name: "追加" }).click();
  await expect(newBureau.getByRole("status")).toContainText("局・区を追加しました");
  const addSection = page.getByRole("form", { name: "未来創造局に課を追加" });
  await addSection.getByLabel("新しい課の名称").fill("新設推進課");
  await addSection.getByRole("button", { name: "課を追加" }).click();
  await expect(addSection.getByRole("status")).toContainText("課を追加しました");
  await expect(page.getByRole("form", { name: "新設推進課の編集" })).toBeVisible();
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "CSVから一括登録" }).click();
  await expect(page.getByRole("heading", { name: "ユーザーの一括登録（CSV）" })).toBeVisible();
  await expectNoSeriousViolations(page);

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

  await page.goto("/admin/users?q=bulk-02");
  await expect(page.locator("main").getByRole("row").filter({ hasText: "一括 職員02" })).toContainText("未来創造局");
});
