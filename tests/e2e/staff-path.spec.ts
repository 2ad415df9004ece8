import { expect, type Page, test } from "@playwright/test";
import { ensureMay2025PeriodOpen, expectAccessibleNow, signIn } from "./support";

// Issue 20, staff's daily path: 「あなたの担当」 on the home page → write A(3)'s ⑤ →
// submit → withdraw → resubmit. staff-intl's section owns A(3), B(4) and B(5).
test.describe.configure({ timeout: 120_000 });

const indicatorLabel = "テーマ別ワーキンググループの開催回数（回）";

async function mine(page: Page) {
  await page.goto("/");
  return page.getByTestId("my-assignments");
}

test("staff find their work first, write, submit, withdraw and resubmit A(3)", async ({ page }) => {
  await ensureMay2025PeriodOpen(page);
  await signIn(page, "staff-intl@example.jp");
  const list = await mine(page);
  await expect(list.getByRole("heading", { name: "あなたの担当" })).toBeVisible();
  const a3 = list.getByTestId("mine-A(3)");
  await expect(a3.getByTestId("mine-state")).toHaveText("未記入（前回値・未更新）");
  // The period's deadline (2025-06-14) is long past on the machine's clock.
  await expect(a3.getByTestId("mine-deadline")).toContainText(/2025-06-14.*期限を\d+日過ぎています/);
  // It comes before the document's mission.
  const listTop = (await list.boundingBox())!.y;
  expect(listTop).toBeLessThan((await page.getByRole("heading", { name: /組織の使命/ }).boundingBox())!.y);
  await expectAccessibleNow(page, "home at 1280");

  await a3.getByRole("link", { name: "A(3) の⑤を書く" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A(3) ⑤ 進捗報告の編集（令和7年5月31日時点）");
  await expect(page.getByTestId("report-deadline")).toContainText("提出期限 2025-06-14（令和7年6月14日）");
  const indicator = page.getByLabel(indicatorLabel);
  await expect(indicator).toHaveAccessibleDescription("基準値 なし・目標 なし・前回 6回");
  await expectAccessibleNow(page, "editor at 1280");

  // A unit other than the indicator's is not guessed at; its own unit after a full-width number is understood.
  const text = page.getByLabel("⑤ 取組みの進捗状況、取組結果");
  await text.fill(`${await text.inputValue()}\n令和７年５月にワーキンググループを１回追加で開催した。`);
  await indicator.fill("７件");
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByText("数値だけを入力してください（例: 8）。単位「回」以外の文字は入力できません。")).toBeVisible();
  await indicator.fill("７回");
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "提出する" }).click();
  const notice = page.getByTestId("submitted-notice");
  await expect(notice).toContainText("提出しました。");
  await expect(notice).toContainText("国際 次郎 さんが提出しました。");
  // What was submitted, indicators included, against the previous report.
  const changes = page.getByTestId("report-changes");
  await expect(changes.getByTestId("change-row").filter({ hasText: indicatorLabel })).toContainText(/6回\s*7回\s*変更あり/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A(3) ⑤ 進捗報告（令和7年5月31日時点）");

  // Withdrawn before review: a draft again, the words kept.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "提出を取り下げる" }).click();
  await expect(page.getByRole("status").filter({ hasText: "提出を取り下げました。" })).toBeVisible();
  await expect(page.getByLabel(indicatorLabel)).toHaveValue("7");
  await text.fill(`${await text.inputValue()}（参加者は延べ４０名）`);
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page.getByTestId("submitted-notice")).toContainText("提出しました。");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessibleNow(page, "submitted report at 390");
  const phoneList = await mine(page);
  await expect(phoneList.getByTestId("mine-A(3)").getByTestId("mine-state")).toHaveText("提出済み・審査待ち");
  expect((await phoneList.boundingBox())!.y).toBeLessThan((await page.getByRole("heading", { name: /組織の使命/ }).boundingBox())!.y);
  await expectAccessibleNow(page, "home at 390");
});
