import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { signIn } from "./support";

// The residents' side: a manager publishes the 2024-11-30 document, a visitor
// who never signed in reads it (page, search, English, open data, PDF) and no
// cookie is set; axe at desk and phone widths; unpublishing takes it down.

const documentPath = "/public/seisaku/2024-11-30";
const firstProgress = seisakukyokuR6.issues[0]!.progress.text.split("\n")[0]!.slice(0, 30);

/** On the manager's periods page (signed in first when needed), publishes or unpublishes 2024-11-30. */
async function setPublished(page: Page, published: boolean) {
  await page.goto("/periods");
  if (new URL(page.url()).pathname === "/login") {
    await signIn(page, "manager@example.jp", { at: "/periods" });
  }
  const row = page.getByTestId("period-2024-11-30");
  const button = row.getByRole("button", { name: published ? "住民向けに公開" : "公開を取り消す" });
  // Already in that state (a test that failed midway left it so): nothing to do.
  if (!(await button.isVisible())) return;
  page.once("dialog", (dialog) => dialog.accept());
  await button.click();
  await expect(row.getByText(published ? "公開しました。" : "公開を取り消しました。")).toBeVisible();
}

async function visitor(browser: Browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  return { context, page: await context.newPage() };
}

/** The residents' pages run no script (the first test checks): loaded, they are as the reader sees them. */
async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, page.url()).toEqual([]);
}

test("a published document is read without signing in, then taken down by unpublishing", async ({ page, browser }) => {
  await setPublished(page, true);

  const { context, page: resident } = await visitor(browser);
  const home = await resident.goto("/public");
  expect(home?.headers()["set-cookie"]).toBeUndefined();
  await resident.getByRole("link", { name: /政策局.*令和6年11月30日/ }).click();
  await resident.waitForURL((url) => url.pathname === documentPath);
  await expect(resident.getByRole("heading", { level: 2, name: "組織の使命" })).toBeVisible();
  await expect(resident.getByText(firstProgress)).toBeVisible();
  // Plain HTML with the site's stylesheet: no script at all, yet styled.
  expect(await resident.locator("script").count()).toBe(0);
  expect(await resident.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).fontWeight)).toBe("700");
  await resident.screenshot({ path: "test-results/e2e/public-document.png", fullPage: false });
  // Every chart has its table.
  const charts = await resident.getByRole("img").count();
  expect(await resident.getByRole("table").count()).toBeGreaterThanOrEqual(charts);

  // The search box in the header, by keyboard.
  await resident.getByLabel("検索する語句").first().fill("九州工業大学");
  await resident.getByLabel("検索する語句").first().press("Enter");
  await expect(resident.getByText(/「九州工業大学」の検索結果：[1-9]\d*件/)).toBeVisible();

  await resident.goto(`${documentPath}?lang=en`);
  await expect(resident.getByRole("link", { name: "Download CSV" })).toBeVisible();

  const csv = await resident.request.get("/public/data/seisaku/2024-11-30.csv");
  expect(csv.status()).toBe(200);
  expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const pdf = await resident.request.get("/public/data/seisaku/2024-11-30.pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // Nothing the visitor did set a cookie.
  expect(await context.cookies()).toEqual([]);
  await context.close();

  await setPublished(page, false);
  const { context: later, page: again } = await visitor(browser);
  expect((await again.goto(documentPath))?.status()).toBe(404);
  await later.close();
});

test("public pages pass axe at desk and phone widths", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await setPublished(page, true);
  try {
    for (const width of [1280, 390]) {
      const { context, page: resident } = await visitor(browser, width);
      for (const path of ["/public", documentPath, "/public/search?q=SDGs", `${documentPath}?lang=en`]) {
        await resident.goto(path);
        await expectAccessible(resident);
      }
      await context.close();
    }
  } finally {
    await setPublished(page, false);
  }
});
