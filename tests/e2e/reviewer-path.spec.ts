import { expect, type Page, test } from "@playwright/test";
import { ensureMay2025PeriodOpen, expectAccessibleNow, signIn, signOut } from "./support";

// Issue 20, the reviewer's path: the 審査 menu item counts what waits; the
// review page shows before/after, the author and the submission time; approving
// asks first; then a link leads to the next waiting report.
test.describe.configure({ timeout: 150_000 });

/** Opens the 2025-05-31 report from the home page, changes ⑤ (and more), saves and submits it. */
async function writeAndSubmit(page: Page, code: string, change: (page: Page) => Promise<void>) {
  await page.goto("/?bureau=seisaku");
  await page.getByTestId(`issue-card-${code}`).getByRole("link").click();
  await page.getByTestId("progress-report").filter({ hasText: "令和7年5月31日時点" }).getByRole("link", { name: "⑤ を編集・審査する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${code} ⑤ 進捗報告の編集`);
  const text = page.getByLabel("⑤ 取組みの進捗状況、取組結果");
  await text.fill(`${await text.inputValue()}\n令和７年５月に${code}の取組みを進めた。`);
  await change(page);
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page.getByTestId("submitted-notice")).toBeVisible();
}

test("a manager sees what changed, approves after confirming, and goes on to the next waiting report", async ({ page }) => {
  await ensureMay2025PeriodOpen(page);
  await signIn(page, "staff-intl@example.jp");
  await writeAndSubmit(page, "B(5)", async (p) => {
    await p.locator("select[name=status]").selectOption({ label: "一部遅れ" });
    await p.getByLabel("各団体の役割の再定義や団体の持続可能性・機能強化に取り組む の完了日").fill("2025-05-20");
  });
  await signOut(page);
  // An administrator may write any issue's report: C(1) waits second.
  await signIn(page, "admin@example.jp");
  await writeAndSubmit(page, "C(1)", async () => {});
  await signOut(page);

  await signIn(page, "manager@example.jp");
  await page.getByRole("navigation").getByRole("link", { name: "審査 2件待ち" }).click();
  await page.getByRole("link", { name: "審査する: B(5)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("B(5) ⑤ の審査（令和7年5月31日時点）");
  await expect(page.getByTestId("submitted-notice")).toContainText(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} に 国際 次郎 さんが提出しました。/);
  const changes = page.getByTestId("report-changes");
  await expect(changes.getByTestId("change-row").filter({ hasText: "進捗" })).toContainText(/一部遅れ\s*変更あり/);
  await expect(changes.getByTestId("change-row").filter({ hasText: "各団体の役割の再定義" })).toContainText(/未完了\s*2025-05-20（令和7年5月20日）\s*変更あり/);
  await expect(page.getByTestId("text-diff").locator("ins")).toContainText("令和７年５月にB(5)の取組みを進めた。");
  await expectAccessibleNow(page, "review page at 1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessibleNow(page, "review page at 390");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Approving asks first: declining changes nothing.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "承認する" }).click();
  expect(asked).toContain("承認しますか？");
  await expect(page.getByRole("button", { name: "承認する" })).toBeEnabled();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "承認する" }).click();

  const done = page.getByTestId("review-done");
  await expect(done.getByRole("status")).toHaveText("承認しました。");
  await expect(page.getByRole("navigation").getByRole("link", { name: "審査 1件待ち" })).toBeVisible();
  await done.getByRole("link", { name: /^次の審査待ちの報告へ: C\(1\)/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("C(1) ⑤ の審査（令和7年5月31日時点）");
  await expect(page.getByTestId("submitted-notice")).toContainText("管理 太郎 さんが提出しました。");

  // The periods page's counts open their lists.
  await page.goto("/periods");
  await page.getByTestId("period-2025-05-31").getByRole("link", { name: /^承認済み \d+件の一覧$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("令和7年5月31日時点の報告：承認済み");
  await expect(page.getByTestId("period-report-row").filter({ hasText: "B(5)" })).toBeVisible();
  await expectAccessibleNow(page, "period report list at 1280");
});
