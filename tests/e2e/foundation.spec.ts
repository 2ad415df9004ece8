import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { settled, signIn } from "./support";

const issueA1 = seisakukyokuR6.issues.find((i) => i.code === "A(1)")!;

test("a signed-out visitor is sent to sign-in, and back after signing in", async ({ page }) => {
  await page.goto("/?bureau=seisaku");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2F%3Fbureau%3Dseisaku/);
  await page.getByLabel("メールアドレス").fill("staff@example.jp");
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page).toHaveURL(/\/\?bureau=seisaku$/);
  await expect(page.getByTestId("current-user")).toContainText("寄附 花子（職員）");
});

test("a wrong password is refused with a message that reveals nothing", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill("staff@example.jp");
  await page.getByLabel("パスワード").fill("not-the-password");
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("メールアドレス")).toHaveValue("staff@example.jp");
});

test("staff sees the mission and the A/B/C matrix, opens A(1) and reads ①–⑤", async ({ page }) => {
  await signIn(page, "staff@example.jp");
  await expect(page.getByRole("heading", { name: "１ 組織の使命（どのような役割を担うのか）" })).toBeVisible();
  await expect(page.getByText(seisakukyokuR6.mission.split("\n")[0]!)).toBeVisible();

  for (const area of ["A", "B", "C"]) {
    const codes = seisakukyokuR6.issues.filter((i) => i.area === area).map((i) => i.code);
    const column = page.getByTestId(`area-${area}`);
    await expect(column.locator("[data-testid^=issue-card-]")).toHaveCount(codes.length);
  }
  await expect(page.getByTestId("issue-card-B(5)").getByText("外郭団体等")).toBeVisible();
  await expect(page.getByTestId("issue-card-B(6)").getByText("外郭団体等")).toBeVisible();
  await expect(page.getByTestId("issue-card-A(1)").getByText("外郭団体等")).toHaveCount(0);
  await expect(page.getByTestId("issue-card-A(1)")).toContainText("2024-11-30（令和6年11月30日）時点");

  await page.getByTestId("issue-card-A(1)").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(issueA1.name);
  const fields = [
    ["① 課題名", issueA1.name],
    ["② 課題の内容", issueA1.content],
    ["③ 課題の背景", issueA1.background],
    ["④ 課題に対する取組み", issueA1.measures],
    ["⑤ 取組みの進捗状況、取組結果（令和6年11月30日時点）", issueA1.progress.text],
  ] as const;
  for (const [heading, text] of fields) {
    const section = page.getByRole("region", { name: heading });
    await expect(section).toContainText(text, { useInnerText: false });
  }
  await expect(page.getByRole("heading", { name: "指標", exact: true })).toBeVisible();
});

test("the language switch turns the interface into English and back", async ({ page }) => {
  await signIn(page, "staff@example.jp");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "1 Mission (the role the organisation plays)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("issue-card-A(1)")).toContainText("as of 2024-11-30");
  // The document's own text stays Japanese.
  await expect(page.getByTestId("issue-card-A(1)")).toContainText(issueA1.matrixTitle);

  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { name: "１ 組織の使命（どのような役割を担うのか）" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

test("no portal link is prefetched, and a click on one navigates without reloading the page", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetched.push(new URL(request.url()).pathname);
  });
  await signIn(page, "manager@example.jp");
  await settled(page);
  await page.waitForLoadState("networkidle");
  const headerPaths = await page.getByRole("banner").getByRole("link").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(headerPaths).toContain("/dashboard");
  expect(prefetched).toEqual([]);

  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("banner").getByRole("link", { name: "ダッシュボード" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  // The dashboard's own links (tabs, filters, issues) are portal links too: a fresh load of it prefetches none.
  await page.goto("/dashboard");
  await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);
});

test("an unknown issue shows the not-found page, not a crash", async ({ page }) => {
  await signIn(page, "auditor@example.jp");
  const response = await page.goto("/issues/no-such-issue");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ページが見つかりません（404）" })).toBeVisible();
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, "manager@example.jp");
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("staff get a 403 page for another bureau's issue; an auditor may read it", async ({ page }) => {
  await signIn(page, "auditor@example.jp", { at: "/?bureau=e2e-other" });
  await page.locator("[data-testid^=issue-card-] a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("テスト課題");
  const issueUrl = page.url();
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "staff@example.jp");
  const response = await page.goto(issueUrl);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "アクセス権限がありません（403）" })).toBeVisible();
});
