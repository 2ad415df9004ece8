import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("repeated wrong passwords lock sign-in for that account, with a message", async ({ page }) => {
  test.slow(); // later attempts are deliberately slowed down
  await page.goto("/login");
  const attempt = async () => {
    await page.getByLabel("メールアドレス").fill("guess-target@example.jp");
    await page.getByLabel("パスワード").fill("not-it");
    await page.getByRole("button", { name: "ログイン" }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt();
    await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
  }
  await attempt();
  await expect(page.locator("form").getByRole("alert")).toContainText("一時的に止めています");
});

test("signing out ends the session: the old cookie no longer opens a page", async ({ page, browser }) => {
  await signIn(page, "staff@example.jp");
  const saved = await page.context().storageState();
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext({ storageState: saved });
  const stolen = await replay.newPage();
  await stolen.goto("/");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});
