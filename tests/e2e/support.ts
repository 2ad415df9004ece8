import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  // Attached, not visible: on a phone the signed-in user's name sits in the closed menu.
  await expect(page.getByTestId("current-user")).toBeAttached({ timeout: 15_000 });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** No serious or critical axe violation of WCAG 2.1 A/AA on the page as it is now. */
export async function expectAccessibleNow(page: Page, label: string) {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, label).toEqual([]);
}

/**
 * The 2025-05-31 period, open: progress-reporting.spec.ts opens it when the
 * whole suite runs (files run in name order); a spec run alone opens it here.
 * Leaves the manager signed out.
 */
export async function ensureMay2025PeriodOpen(page: Page) {
  await signIn(page, "manager@example.jp");
  await page.goto("/periods");
  if ((await page.getByTestId("period-2025-05-31").count()) === 0) {
    await page.getByLabel("報告基準日（時点）").fill("2025-05-31");
    await page.getByLabel("提出期限").fill("2025-06-14");
    await page.getByRole("button", { name: "報告期間を開く" }).click();
    await expect(page.getByTestId("period-2025-05-31")).toContainText("受付中");
  }
  await signOut(page);
}
