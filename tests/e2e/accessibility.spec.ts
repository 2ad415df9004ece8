import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

// Every page, as the role that uses it, checked with axe-core against WCAG 2.1
// A and AA (the level JIS X 8341-3:2016 AA takes over): no serious or critical
// violation may remain.
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, path).toEqual([]);
}

test("sign-in page", async ({ page }) => {
  await expectAccessible(page, "/login");
});

test("staff pages: home, an issue, a report", async ({ page }) => {
  await signIn(page, "staff@example.jp");
  await expectAccessible(page, "/");
  await page.getByRole("link", { name: /^A\(1\) .* を開く$/ }).click();
  await page.waitForURL(/\/issues\//);
  const issuePath = new URL(page.url()).pathname;
  await expectAccessible(page, issuePath);
  const reportLink = page.locator("a[href^='/reports/']").first();
  if ((await reportLink.count()) > 0) await expectAccessible(page, (await reportLink.getAttribute("href"))!);
});

test("manager pages: dashboards, periods, review, import, issue editing", async ({ page }) => {
  await signIn(page, "manager@example.jp");
  for (const path of ["/dashboard", "/dashboard/matrix", "/dashboard/indicators", "/dashboard/milestones", "/periods", "/review", "/import", "/exports"]) {
    await expectAccessible(page, path);
  }
  await page.goto("/");
  await page.getByRole("link", { name: /^A\(1\) .* を開く$/ }).click();
  await page.waitForURL(/\/issues\//);
  await expectAccessible(page, `${new URL(page.url()).pathname}/edit`);
});

test("auditor pages: city view, exports, audit log", async ({ page }) => {
  await signIn(page, "auditor@example.jp");
  for (const path of ["/city", "/exports", "/audit", "/audit?verify=1"]) await expectAccessible(page, path);
});
