import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Runs after progress-reporting.spec.ts has opened the 2025-05-31 period (files run in name order).
const hostile = '<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2">[資料](javascript:window.__xss=3) & "quotes" \'single\'';

test("a ⑤ full of markup is stored as typed and shown as text: no script runs", async ({ page }) => {
  page.on("dialog", (dialog) => dialog.dismiss());
  await signIn(page, "staff-intl@example.jp");
  await page.getByTestId("issue-card-B(4)").getByRole("link").click();
  const report = page.getByTestId("progress-report").filter({ hasText: "令和7年5月31日時点" });
  await report.getByRole("link", { name: "⑤ を編集・審査する" }).click();
  await page.locator("#progressText").fill(hostile);
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByText("保存しました。", { exact: true })).toBeVisible();
  // Saved: nothing is left unsaved (submitting is possible again), so leaving asks nothing.
  await expect(page.getByRole("button", { name: "提出する" })).toBeEnabled();

  for (const path of [page.url(), page.url().replace(/\/reports\/.*/, "/")]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  // Now on the home page: the issue page shows the text as typed.
  await page.getByTestId("issue-card-B(4)").getByRole("link").click();
  await expect(page.getByText(hostile)).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(await page.locator("a[href^='javascript:']").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
