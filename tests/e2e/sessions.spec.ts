import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("repeated wrong passwords lock sign-in for that account, with a message", async ({ page }) => {
  test.slow(); // later attempts are deliberately slowed down
  await page.goto("/login");
  const attempt = async () => {
    await page.getByLabel("メールアドレス").fill("guess-target@example.jp");
    await page.getByLabel("パスワード").fill("not-it");
    await page.getByRole("button", { name: "ログイン", exact: true }).click();
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

test("signed-out visitors get no data from any page, route or export", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const paths = ["/", "/dashboard", "/dashboard/matrix", "/dashboard/indicators", "/dashboard/milestones", "/city", "/periods", "/review", "/import", "/exports", "/audit", "/issues/any", "/reports/any",
    "/api/exports?bureau=seisaku&date=2024-11-30&format=json", "/api/exports/audit?format=json", "/periods/any", "/api/briefings?id=any"];
  for (const path of paths) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect([302, 307], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/\/login\?callbackUrl=/);
    expect(await response.text(), path).not.toContain("局区Ｘ方針");
  }
  await anonymous.dispose();
});

test("the session cookie is httpOnly and SameSite, and an expired session opens nothing", async ({ page, browser, baseURL }) => {
  await signIn(page, "staff@example.jp");
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // The same user's session token, made with the server's secret, once valid for an hour and once already expired.
  const { encode } = await import("next-auth/jwt");
  const user = (await page.request.get("/api/auth/session").then((r) => r.json())).user;
  const token = { sub: user.id, name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId, signedInAt: Date.now() };
  const secret = "e2e-only-secret-not-for-production-use";
  for (const [maxAge, opens] of [[3600, true], [-60, false]] as const) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "next-auth.session-token", value: await encode({ token, secret, maxAge }), url: baseURL! }]);
    const visitor = await context.newPage();
    await visitor.goto("/");
    if (opens) await expect(visitor.getByTestId("current-user")).toBeVisible();
    else await expect(visitor).toHaveURL(/\/login/);
    await context.close();
  }
});
