import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn, signInThroughForm } from "./support";

const strong = "柿の木坂で夕焼けを見た-2031";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("the demo data shows a デモ環境 banner on every page, signed in or not", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByTestId("demo-banner")).toContainText("デモ環境");
  await signIn(page, "staff@example.jp");
  await expect(page.getByTestId("demo-banner")).toBeVisible();
});

test("an admin invites a user, who sets a password through the link and signs in; deactivation ends their open session at once", async ({ page, browser }) => {
  test.slow();
  const email = `e2e-${Date.now()}@city.example.jp`;
  await signIn(page, "admin@example.jp");
  await page.getByRole("link", { name: "ユーザー管理" }).click();
  await expect(page.getByRole("heading", { name: "ユーザー管理" })).toBeVisible();
  await page.getByRole("link", { name: "ユーザーを追加" }).click();
  await page.waitForURL(/\/admin\/users\/new$/);
  await page.getByLabel("氏名", { exact: true }).fill("招待 花子");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("局・区").selectOption({ label: "政策局" });
  await page.getByLabel("所属課").selectOption({ index: 1 });
  await page.getByRole("button", { name: "作成して招待リンクを発行" }).click();
  const link = await page.getByLabel("ワンタイムリンク").inputValue();
  expect(link).toMatch(/\/password\/set\?token=[A-Za-z0-9_-]{43}$/);

  // The invited user, in a browser of their own.
  const invitedContext = await browser.newContext();
  const invited = await invitedContext.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: "パスワードの設定" })).toBeVisible();
  await expectNoSeriousViolations(invited);
  await invited.getByLabel("新しいパスワード", { exact: true }).fill("password1234");
  await invited.getByLabel("新しいパスワード（確認）").fill("password1234");
  await invited.getByRole("button", { name: "パスワードを設定" }).click();
  await expect(invited.getByText("推測されやすいパスワードです", { exact: false })).toBeVisible();
  // What was typed stays after a refusal.
  await expect(invited.getByLabel("新しいパスワード（確認）")).toHaveValue("password1234");
  await invited.getByLabel("新しいパスワード", { exact: true }).fill(strong);
  await invited.getByLabel("新しいパスワード（確認）").fill(strong);
  await invited.getByRole("button", { name: "パスワードを設定" }).click();
  await expect(invited.getByRole("status")).toContainText("パスワードを設定しました");
  await signInThroughForm(invited, email, strong);
  await expect(invited.getByTestId("current-user")).toContainText("招待 花子");

  // The link cannot be used again.
  const reuse = await invitedContext.newPage();
  await reuse.goto(link);
  await expect(reuse.locator("main").getByRole("alert")).toContainText("このリンクは既に使用されています");
  await reuse.close();

  // The admin deactivates them: their open session stops working at once.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "招待 花子" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "無効にする" }).click();
  await expect(page.getByRole("status").filter({ hasText: "無効にしました" })).toBeVisible();
  await invited.goto("/");
  await expect(invited).toHaveURL(/\/login/);
  await invited.getByLabel("メールアドレス").fill(email);
  await invited.getByLabel("パスワード").fill(strong);
  await invited.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(invited.locator("form").getByRole("alert")).toBeVisible();
  await invitedContext.close();
});

test("a made-up link says it is not valid", async ({ page }) => {
  await page.goto(`/password/set?token=${"A".repeat(43)}`);
  await expect(page.locator("main").getByRole("alert")).toContainText("このリンクは無効です");
});

test("a bureau's manager sees only their bureau's staff and may add only staff", async ({ page }) => {
  await signIn(page, "manager@example.jp", { at: "/admin/users" });
  const roles = await page.getByTestId("user-row").locator("td:nth-child(3)").allTextContents();
  expect(roles.length).toBeGreaterThan(0);
  expect(new Set(roles)).toEqual(new Set(["職員"]));
  await page.goto("/admin/users/new");
  await expect(page.getByLabel("役割").locator("option")).toHaveText(["職員"]);
});

test("staff cannot open user administration", async ({ page }) => {
  await signIn(page, "staff@example.jp");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
});
