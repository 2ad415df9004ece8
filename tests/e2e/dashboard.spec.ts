import { expect, test } from "@playwright/test";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { signIn } from "./support";

const issues = seisakukyokuR6.issues;
const issueA1 = issues.find((i) => i.code === "A(1)")!;

test("a manager filters the dashboard; the filters live in the URL and survive a reload", async ({ page }) => {
  await signIn(page, "manager@example.jp");
  await page.getByRole("link", { name: "ダッシュボード" }).click();
  await expect(page.getByRole("heading", { name: "領域別の進捗" })).toBeVisible();
  const rows = page.getByTestId("issue-row");
  await expect(rows).toHaveCount(issues.length);

  const filters = page.getByRole("search", { name: "絞り込み" });
  await filters.getByLabel("領域").selectOption("B");
  await filters.getByLabel("外郭団体等の課題のみ").check();
  await filters.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/area=B/);
  await expect(page).toHaveURL(/affiliated=1/);
  const affiliated = issues.filter((i) => i.area === "B" && i.isAffiliatedBody);
  await expect(rows).toHaveCount(affiliated.length);
  for (const issue of affiliated) await expect(rows.filter({ hasText: issue.code })).toHaveCount(1);

  await page.reload();
  await expect(rows).toHaveCount(affiliated.length);
  await expect(filters.getByLabel("領域")).toHaveValue("B");
  await expect(filters.getByLabel("外郭団体等の課題のみ")).toBeChecked();

  // The text search, typed and sent with the keyboard.
  await page.getByRole("link", { name: "条件をクリア" }).click();
  await expect(rows).toHaveCount(issues.length);
  await filters.getByLabel("キーワード（①〜⑤）").fill("九州工業大学");
  await filters.getByLabel("キーワード（①〜⑤）").press("Enter");
  await expect(page).toHaveURL(/q=%E4%B9%9D%E5%B7%9E/);
  const expected = issues.filter((i) => [i.name, i.content, i.background, i.measures, i.progress.text].some((t) => t.includes("九州工業大学")));
  await expect(rows).toHaveCount(expected.length);

  await filters.getByLabel("キーワード（①〜⑤）").fill("該当しない語句");
  await filters.getByLabel("キーワード（①〜⑤）").press("Enter");
  await expect(page.getByText("条件に合う課題はありません。")).toBeVisible();
});

test("the section × issue matrix opens the issue a cell names; charts come with their tables", async ({ page }) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard/matrix" });
  const matrix = page.getByTestId("section-matrix");
  await matrix.getByRole("link", { name: `${issueA1.owningSection}：A(1) ${issueA1.name}（所管）` }).click();
  await expect(page).toHaveURL(/\/issues\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(issueA1.name);
  // Year over year: one fiscal year so far, so no chart yet, but the year's figures and grades in the table.
  const years = page.getByTestId("indicator-years");
  await expect(years).toContainText("年度の比較はまだありません");
  await expect(years.getByTestId("indicator-year-row")).toHaveCount(issueA1.indicators.length);
  await expect(years.getByTestId("indicator-year-row").first()).toContainText("令和6年度");

  // The overview's stacked bars by area: drawn, on a whole-number axis, beside the table of the same counts.
  await page.goto("/dashboard");
  const areas = page.getByTestId("area-status");
  await expect(areas.locator(".recharts-wrapper")).toBeVisible();
  await expect(areas.getByRole("table")).toContainText("Ａ領域");
  const ticks = areas.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(ticks.first()).toBeVisible();
  expect((await ticks.allTextContents()).filter((label) => !/^\d+$/.test(label.trim()))).toEqual([]);
  await expect(page.getByTestId("completeness-trend").getByTestId("completeness-row")).toHaveCount(1);

  await page.goto("/dashboard/indicators");
  const chart = page.getByTestId("indicator-chart").first();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart.getByRole("table")).toContainText("2024-11-30（令和6年11月30日）");

  await page.goto("/dashboard/milestones");
  await expect(page.getByRole("heading", { name: "令和6年度（2024年度）" })).toBeVisible();
  await expect(page.getByTestId("milestone").first()).toBeVisible();
});

test("the city-wide view is for city-level users only", async ({ page }) => {
  await signIn(page, "city-manager@example.jp");
  await page.getByRole("link", { name: "全庁一覧" }).click();
  const row = page.getByTestId("city-row").filter({ hasText: seisakukyokuR6.bureau.name });
  await expect(row).toContainText("100%");
  await row.getByRole("link", { name: seisakukyokuR6.bureau.name }).click();
  await expect(page).toHaveURL(/\/dashboard\?bureau=seisaku&date=/);

  await page.context().clearCookies();
  await signIn(page, "manager@example.jp");
  await expect(page.getByRole("link", { name: "全庁一覧" })).toHaveCount(0);
  const response = await page.goto("/city");
  expect(response?.status()).toBe(403);
});
