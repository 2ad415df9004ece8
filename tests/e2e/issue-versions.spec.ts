import { expect, test } from "@playwright/test";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { signIn } from "./support";

const b3 = seisakukyokuR6.issues.find((i) => i.code === "B(3)")!;

test("a manager edits ①–④ of B(3); the issue page keeps the earlier version", async ({ page }) => {
  await signIn(page, "manager@example.jp");
  await page.getByTestId("issue-card-B(3)").getByRole("link").click();
  await expect(page).toHaveURL(/\/issues\/[^/]+$/);
  const issueUrl = page.url();
  await page.getByRole("link", { name: "①〜④ を編集" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("B(3) ①〜④ の編集");
  const content = page.getByRole("textbox", { name: "② 課題の内容" });
  await expect(content).toHaveValue(b3.content);
  const background = page.getByRole("textbox", { name: "③ 課題の背景" });
  await background.fill(`${b3.background}（追記）`);
  await content.fill("");
  await page.getByRole("button", { name: "新しい版として保存", exact: true }).click();
  await expect(page.getByText("入力してください。")).toBeVisible();
  // A refused save loses nothing that was typed.
  await expect(background).toHaveValue(`${b3.background}（追記）`);
  await expect(content).toHaveValue("");
  await content.fill(`${b3.content}（令和７年度に改訂）`);
  await page.getByRole("button", { name: "新しい版として保存", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。新しい版を作成しました。");

  await page.goto(issueUrl);
  await expect(page.getByRole("region", { name: "② 課題の内容" })).toContainText("（令和７年度に改訂）");
  const history = page.getByRole("region", { name: "①〜④ の版の履歴" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await history.getByRole("link", { name: /^版 1/ }).click();
  await expect(page.getByRole("note").filter({ hasText: "版 1 の" })).toContainText("版 1 の ①〜④ を表示しています");
  await expect(page.getByRole("region", { name: "② 課題の内容" })).toHaveText(`② 課題の内容${b3.content}`);
});

test("staff see no edit link and get a 403 page on the edit URL", async ({ page }) => {
  await signIn(page, "staff@example.jp");
  await page.getByTestId("issue-card-B(3)").getByRole("link").click();
  await expect(page).toHaveURL(/\/issues\/[^/]+$/);
  await expect(page.getByRole("link", { name: "①〜④ を編集" })).toHaveCount(0);
  const response = await page.goto(`${page.url()}/edit`);
  expect(response?.status()).toBe(403);
});

test("a manager adds a milestone to B(3) in the details form; the issue page lists it", async ({ page }) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, "manager@example.jp");
  await page.getByTestId("issue-card-B(3)").getByRole("link").click();
  await expect(page).toHaveURL(/\/issues\/[^/]+$/);
  await page.getByRole("link", { name: "①〜④ を編集" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("B(3) ①〜④ の編集");
  const milestones = page.getByRole("group", { name: "マイルストーン" });
  const before = await milestones.getByTestId("milestones-row").count();
  await milestones.getByRole("button", { name: "行を追加（マイルストーン）" }).click();
  const row = milestones.getByTestId("milestones-row").last();
  await row.getByLabel("項目").fill("関門連携 新規事業の中間報告");
  await row.getByLabel("予定", { exact: true }).fill("2025-09-30");
  await page.getByRole("button", { name: "指標・マイルストーン・連携先を新しい版として保存" }).click();
  await expect(page.getByText("保存しました。新しい版を作成しました。").last()).toBeVisible();
  await expect(milestones.getByTestId("milestones-row")).toHaveCount(before + 1);

  await page.getByRole("link", { name: /^← B\(3\)/ }).click();
  await expect(page.getByRole("region", { name: "マイルストーン" })).toContainText("関門連携 新規事業の中間報告");
  await expect(page.getByRole("region", { name: "マイルストーン" })).toContainText("令和7年9月30日");
  // The version before this change still lists the milestones it had.
  const history = page.getByRole("region", { name: "①〜④ の版の履歴" });
  await history.getByRole("listitem").nth(1).getByRole("link").click();
  await expect(page.getByTestId("revision-details")).toBeVisible();
  await expect(page.getByTestId("revision-details")).not.toContainText("中間報告");
});
