import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { startOidcIssuer } from "./fixtures/oidc-issuer";
import { ssoUsers } from "./fixtures/sso-users-data";

// Single sign-on against a real OpenID Connect provider (oidc-provider) on loopback.
const appPort = Number(process.env.E2E_PORT ?? 3100);
let issuer: { close: () => Promise<void> };
test.beforeAll(async () => {
  issuer = await startOidcIssuer(`http://localhost:${appPort}`, appPort);
});
test.afterAll(async () => issuer.close());

/** From the portal's sign-in page to the directory's own sign-in form. */
async function openDirectory(page: Page) {
  await page.goto("/login");
  await page.getByRole("button", { name: "テスト認証基盤でログイン" }).click();
  await expect(page.getByPlaceholder("Enter any login")).toBeVisible();
}

async function signInAtDirectory(page: Page, email: string) {
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

async function expectSignedOut(page: Page) {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
}

test("a registered, active user signs in through the directory; the sign-in page passes axe", async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await openDirectory(page);
  await signInAtDirectory(page, ssoUsers.active);
  await expect(page.getByTestId("current-user")).toContainText("連携 太郎", { timeout: 15_000 });
});

test("an unknown user and a deactivated user are refused with a message, and get no session", async ({ page }) => {
  await openDirectory(page);
  await signInAtDirectory(page, "stranger@example.jp");
  await expect(page.locator("main").getByRole("alert")).toContainText("ポータルに登録されていません");
  await expectSignedOut(page);

  await page.context().clearCookies();
  await openDirectory(page);
  await signInAtDirectory(page, ssoUsers.deactivated);
  await expect(page.locator("main").getByRole("alert")).toContainText("無効になっています");
  await expectSignedOut(page);
});

/**
 * Starts a second sign-in in another browser and plants its `cookie` (next-auth's encrypted
 * record of the state or nonce it sent) in this one, whose own sign-in then comes back.
 */
async function plantForeignCheck(page: Page, browser: Browser, cookie: "next-auth.state" | "next-auth.nonce") {
  const other = await browser.newContext();
  await openDirectory(await other.newPage());
  const foreign = (await other.cookies()).find((c) => c.name === cookie);
  await other.close();
  await openDirectory(page);
  const own = (await page.context().cookies()).find((c) => c.name === cookie);
  expect(foreign && own && own.value !== foreign.value).toBe(true);
  await page.context().addCookies([{ ...own!, value: foreign!.value }]);
}

test("a state that is not the one this browser sent is refused", async ({ page, browser }) => {
  // The directory returns this browser's state; the browser's own record names another one.
  await plantForeignCheck(page, browser, "next-auth.state");
  await signInAtDirectory(page, ssoUsers.active);
  await expect(page.locator("main").getByRole("alert")).toContainText("シングルサインオンでログインできませんでした");
  await expectSignedOut(page);
});

test("an ID token whose nonce is not this browser's is refused", async ({ page, browser }) => {
  // State and PKCE still match, so the code is exchanged; the ID token then carries a nonce
  // other than the one the browser's record holds.
  await plantForeignCheck(page, browser, "next-auth.nonce");
  await signInAtDirectory(page, ssoUsers.active);
  await expect(page.locator("main").getByRole("alert")).toContainText("シングルサインオンでログインできませんでした");
  await expectSignedOut(page);
});
