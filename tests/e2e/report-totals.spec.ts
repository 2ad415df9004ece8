import { expect, type Page, test } from "@playwright/test";
import { ensureMay2025PeriodOpen, expectAccessibleNow, signIn } from "./support";

// Issue 20, managers' dashboards: the first row of totals opens the list each
// counts; the matrix can be coloured by this period's report state (in words
// too, not by colour alone); count axes show whole numbers. Named to run after
// progress-reporting.spec.ts, which opens the 2025-05-31 period itself (the
// specs share one server and run in name order).
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await ensureMay2025PeriodOpen(page);
  await page.close();
});

const tile = (page: Page, name: string) => page.getByTestId("dashboard-totals").getByRole("link", { name: new RegExp(`^${name}`) });

test("each total of the first row opens the list it counts", async ({ page }) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard?date=2025-05-31" });
  await expect(page.getByTestId("dashboard-totals").getByRole("link")).toHaveCount(5);
  // Every issue is expected once; only what a person submitted counts (the counting rules are integration-tested).
  const issues = await page.getByTestId("issue-row").count();
  await expect(tile(page, "提出済み／対象")).toContainText(new RegExp(`\\d+/${issues}`));
  const unjudged = await page.getByTestId("unjudged-indicator").count();
  await expect(tile(page, "判定できない指標")).toContainText(String(unjudged));
  const late = await page.getByTestId("late-milestone").count();
  await expect(tile(page, "遅延しているマイルストーン")).toContainText(String(late));

  for (const [name, heading] of [["判定できない指標", "判定できない指標"], ["遅延しているマイルストーン", "遅延しているマイルストーン"], ["締切超過", "締切を過ぎた報告"]] as const) {
    await tile(page, name).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(heading) })).toBeInViewport();
  }
  await tile(page, "提出済み／対象").click();
  await expect(page).toHaveURL(/#issue-results$/);
});

test("the matrix coloured by this period's report state says each state in words, with a legend", async ({ page }) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard/matrix?date=2025-05-31" });
  await expect(page.getByTestId("state-legend")).toHaveCount(0);
  await page.getByRole("link", { name: "今回の報告状況" }).click();
  await expect(page).toHaveURL(/colour=state/);
  await expect(page.getByRole("link", { name: "今回の報告状況" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("state-legend").getByRole("listitem")).toHaveText(["未報告", "下書き", "提出済み", "承認済み", "差戻し"]);
  const matrix = page.getByTestId("section-matrix");
  const cells = matrix.locator("td[data-state]");
  expect(await cells.count()).toBeGreaterThan(0);
  // Untouched copies are 未報告, written in the cell and in its link's name.
  await expect(matrix.locator('td[data-state="NOT_REPORTED"]').first()).toContainText("未報告");
  await expect(matrix.locator('td[data-state="NOT_REPORTED"]').first().getByRole("link")).toHaveAccessibleName(/未報告$/);
  // The filters stay when switching back.
  await page.getByRole("link", { name: "課の役割" }).click();
  await expect(page).toHaveURL(/date=2025-05-31/);
  await expect(page).not.toHaveURL(/colour=state/);
});

test("a count axis shows whole numbers only (no 0.5名)", async ({ page }) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard/indicators?date=2024-11-30" });
  // 専任職員数 is 2名 throughout: a free axis would tick 0, 0.5, 1, 1.5, 2.
  const chart = page.getByTestId("indicator-chart").filter({ hasText: "専任職員数" });
  const ticks = chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(ticks.first()).toBeVisible();
  const labels = await ticks.allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  expect(labels.filter((label) => !/^-?\d+名$/.test(label.trim()))).toEqual([]);
});

for (const [device, viewport] of [["desk", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
  test(`axe on the changed pages at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, "manager@example.jp");
    for (const path of ["/dashboard?date=2025-05-31", "/dashboard/matrix?date=2025-05-31&colour=state", "/periods", "/notifications", "/review"]) {
      await page.goto(path);
      await expectAccessibleNow(page, `${path} (${device})`);
    }
  });
}
