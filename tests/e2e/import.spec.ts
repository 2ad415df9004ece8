import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const fixture = path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt");

test("an admin imports a document from a .txt file: preview first, then save", async ({ page }) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, "admin@example.jp");
  await page.getByRole("link", { name: "方針の取り込み" }).click();

  await page.getByLabel("方針のテキスト").fill("会議の議事録です。");
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.locator("#import-text-error")).toHaveText("課題（「課題Ａ（１）」のような見出し）が見つかりません。局区Ｘ方針のテキストか確認してください。");

  await page.getByLabel("局・区").selectOption({ label: "テスト局" });
  await page.getByLabel("年度（西暦）").fill("2026");
  await page.getByLabel("テキストファイル（.txt）").setInputFiles(fixture);
  await expect(page.getByLabel("方針のテキスト")).toHaveValue(/課題Ａ（１）/);
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.getByTestId("import-plan")).toHaveText("新しい方針として 10 件の課題を登録します。");
  await expect(page.getByTestId("import-issue-B(5)")).toContainText("アジア成長研究所及び北九州国際交流協会の運営の在り方検討");

  await page.getByRole("button", { name: "この内容で保存する" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");

  await page.goto("/?bureau=e2e-other&fy=2026");
  await expect(page.locator("[data-testid^=issue-card-]")).toHaveCount(10);
});
