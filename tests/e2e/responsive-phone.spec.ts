import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";
import { settled, signIn } from "./support";

// A phone held upright (iPhone 12–15: 390 × 844 CSS pixels). Runs after
// progress-reporting.spec.ts has opened the 2025-05-31 period (files run in name
// order), so B(5) has a draft to edit.
test.use({ viewport: { width: 390, height: 844 } });
// Each test runs axe twice or three times, which alone takes seconds on CI's two cores.
test.describe.configure({ timeout: 90_000 });

/**
 * How many lines each element's text runs to: its line boxes, counted by their
 * distinct tops. Text in an absolutely positioned overlay (the bell's unread
 * count) sits above the line on purpose and is not a wrapped line.
 */
async function lineCounts(elements: Locator) {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (text.parentElement && getComputedStyle(text.parentElement).position === "absolute") continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        rects.push(...range.getClientRects());
      }
      const tops = rects.filter((r) => r.width > 0).map((r) => r.top).sort((a, b) => a - b);
      const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 4).length;
      return `${node.textContent?.trim()}: ${lines}`;
    }),
  );
}

async function expectOneLineEach(elements: Locator) {
  const counts = await lineCounts(elements);
  expect(counts.length).toBeGreaterThan(0);
  // An icon-only item (the bell) has no line of text: 0 is fine, 2 or more is a wrap.
  expect(counts.filter((c) => !/: [01]$/.test(c)), "items that wrap").toEqual([]);
}

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, label).toEqual([]);
}

/** Kept with the run's results (test-results/e2e/…/<name>.png) for a person to look at. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/**
 * The header on a phone: one short row (title and menu button), nothing wider
 * than the screen; the menu opens and closes by keyboard, says whether it is open,
 * and none of its items breaks inside a word. axe is run closed and open.
 */
async function checkPhoneHeader(page: Page, testInfo: TestInfo, name: string) {
  await settled(page);
  const menu = page.getByRole("button", { name: "メニュー" });
  const nav = page.getByRole("navigation", { name: "政策マネジメントポータル" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  const header = (await page.locator("header").boundingBox())!;
  expect(header.height, "header height").toBeLessThanOrEqual(844 / 10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width").toBeLessThanOrEqual(390);
  await expectOneLineEach(page.locator("header a:visible, header button:visible"));
  await screenshot(page, testInfo, `${name}-390x844`);
  await expectAccessible(page, `${name} (menu closed)`);

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await expectOneLineEach(nav.getByRole("link"));
  await expectOneLineEach(page.getByTestId("site-menu").getByRole("button"));
  await screenshot(page, testInfo, `${name}-390x844-menu`);
  await expectAccessible(page, `${name} (menu open)`);
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();
}

test("home page on a phone", async ({ page }, testInfo) => {
  await signIn(page, "manager@example.jp");
  await checkPhoneHeader(page, testInfo, "home");
  // The menu's links work, and following one closes the menu.
  await page.getByRole("button", { name: "メニュー" }).click();
  await page.getByRole("link", { name: "ダッシュボード" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("button", { name: "メニュー" })).toHaveAttribute("aria-expanded", "false");
});

test("dashboard on a phone", async ({ page }, testInfo) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard" });
  await checkPhoneHeader(page, testInfo, "dashboard");
});

test("city view on a phone: its charts fit the screen", async ({ page }) => {
  await signIn(page, "city-manager@example.jp", { at: "/city" });
  await expect(page.getByTestId("city-area-status")).toBeVisible();
  await settled(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width").toBeLessThanOrEqual(390);
});

test("dashboard on a phone: the filters fold behind 「絞り込み」, which counts those in force", async ({ page }, testInfo) => {
  await signIn(page, "manager@example.jp", { at: "/dashboard" });
  const fold = page.getByRole("button", { name: "絞り込み", exact: true });
  const form = page.getByRole("search", { name: "絞り込み" });
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(form).toBeHidden();
  // The first screen shows the dashboard itself: its view tabs, each on one line.
  const tabs = page.getByRole("navigation", { name: "ダッシュボードの表示" });
  expect((await tabs.boundingBox())!.y).toBeLessThan(844 / 3);
  await expectOneLineEach(tabs.getByRole("link"));

  await page.goto("/dashboard?area=A&status=ON_TRACK&affiliated=1");
  const counted = page.getByRole("button", { name: "絞り込み（3件適用中）" });
  await expect(counted).toHaveAttribute("aria-expanded", "false");
  await expectOneLineEach(counted);
  await counted.focus();
  await page.keyboard.press("Enter");
  await expect(counted).toHaveAttribute("aria-expanded", "true");
  await expect(form).toBeVisible();
  await expect(form.getByLabel("領域")).toHaveValue("A");
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width with the filters open").toBeLessThanOrEqual(390);
  await screenshot(page, testInfo, "dashboard-390x844-filters");
  await expectAccessible(page, "dashboard (filters open)");
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();
  await expect(counted).toBeFocused();
});

test("report editor on a phone", async ({ page }, testInfo) => {
  await signIn(page, "staff-intl@example.jp");
  await page.getByTestId("issue-card-B(5)").getByRole("link").click();
  await page.getByTestId("progress-report").filter({ hasText: "令和7年5月31日時点" }).getByRole("link", { name: "⑤ を編集・審査する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("B(5) ⑤ 進捗報告の編集（令和7年5月31日時点）");
  await expect(page.getByRole("button", { name: "下書き保存" })).toBeVisible();
  await checkPhoneHeader(page, testInfo, "report-editor");
});
