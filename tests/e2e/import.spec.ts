import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const fixture = path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt");
const pdfFixture = path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.pdf");

test("an admin imports a document from a .txt file: preview first, then save", async ({ page }) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, "admin@example.jp");
  await page.getByRole("link", { name: "方針の取り込み" }).click();

  await page.getByLabel("方針のテキスト").fill("会議の議事録です。");
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.locator("#import-text-error")).toHaveText("課題（「課題Ａ（１）」のような見出し）が見つかりません。局区Ｘ方針のテキストか確認してください。");

  await page.getByLabel("局・区").selectOption({ label: "テスト局" });
  await page.getByLabel("年度（西暦）").fill("2026");
  await page.getByLabel("ファイル（.txt または PDF）").setInputFiles(fixture);
  await expect(page.getByLabel("方針のテキスト")).toHaveValue(/課題Ａ（１）/);
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.getByTestId("import-plan")).toHaveText("新しい方針として 10 件の課題を登録します。");
  await expect(page.getByTestId("import-issue-B(5)")).toContainText("アジア成長研究所及び北九州国際交流協会の運営の在り方検討");
  // The R6 text's ⑤ is dated 2024-11-30, outside FY2026: the preview says so, and the date is corrected there.
  await expect(page.getByText("令和8年度の方針の報告日になりません", { exact: false })).toBeVisible();
  await page.getByLabel("報告基準日").fill("2026-11-30");
  await page.getByRole("button", { name: "修正を反映して確認する" }).click();
  await expect(page.getByText("令和8年度の方針の報告日になりません", { exact: false })).toHaveCount(0);

  await page.getByRole("button", { name: "この内容で保存する" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");

  await page.goto("/?bureau=e2e-other&fy=2026");
  await expect(page.locator("[data-testid^=issue-card-]")).toHaveCount(10);
});

test("a manager imports the PDF, corrects a field and an owner in the preview, and the corrections are what is saved", async ({ page }) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, "admin@example.jp", { at: "/import" });
  await page.getByLabel("局・区").selectOption({ label: "テスト局" });
  await page.getByLabel("年度（西暦）").fill("2027");
  await page.getByLabel("ファイル（.txt または PDF）").setInputFiles(pdfFixture);
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.getByTestId("import-plan")).toHaveText("新しい方針として 10 件の課題を登録します。");
  // The text read from the PDF is now in the form, to be checked.
  await expect(page.getByLabel("方針のテキスト")).toHaveValue(/課題Ａ（１）/);

  const a1 = page.getByTestId("import-issue-A(1)");
  await a1.getByLabel("② 課題の内容").fill("プレビューで直した課題の内容。");
  // Affiliated bodies are recognised from the text: B(5) and B(6), not A(1).
  await expect(a1.getByLabel("外郭団体等")).toHaveValue("0");
  await expect(page.getByTestId("import-issue-B(5)").getByLabel("外郭団体等")).toHaveValue("1");
  await expect(page.getByTestId("import-issue-B(6)").getByLabel("外郭団体等")).toHaveValue("1");
  await page.getByTestId("import-issue-B(6)").getByLabel("外郭団体等").selectOption("0");
  await page.getByLabel("報告基準日").fill("2027-11-30");

  await page.getByRole("button", { name: "修正を反映して確認する" }).click();
  await expect(page.getByTestId("import-issue-A(1)").getByLabel("② 課題の内容")).toHaveValue("プレビューで直した課題の内容。");
  await expect(page.getByTestId("import-issue-B(6)").getByLabel("外郭団体等")).toHaveValue("0");
  await page.getByRole("button", { name: "この内容で保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();

  await page.goto("/?bureau=e2e-other&fy=2027");
  await expect(page.locator("[data-testid^=issue-card-]")).toHaveCount(10);
  await page.getByRole("link", { name: /A\(1\) .* を開く/ }).click();
  await expect(page.getByText("プレビューで直した課題の内容。")).toBeVisible();
  await page.goto("/dashboard?bureau=e2e-other&fy=2027&affiliated=1");
  await expect(page.getByTestId("issue-row")).toHaveCount(1);
  await expect(page.getByTestId("issue-row")).toContainText("B(5)");
});
