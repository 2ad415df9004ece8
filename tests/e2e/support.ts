import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";

/**
 * Signs in as the form does, without the form: the same next-auth route checks the password and
 * sets the session cookie in this browser, then `at` (the home page, where the form lands) opens.
 * For tests whose subject is not the sign-in page (loading it and its script costs seconds on
 * two busy cores); `signInThroughForm` is the one that uses the page.
 */
export async function signIn(page: Page, email: string, { password = DEMO_PASSWORD, at = "/" }: { password?: string; at?: string } = {}) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  const answer = response.headers().location ?? ((await response.json()) as { url?: string }).url ?? "";
  expect(answer, `signing in as ${email}`).not.toContain("error=");
  await page.goto(at);
  // Attached, not visible: on a phone the signed-in user's name sits in the closed menu.
  await expect(page.getByTestId("current-user")).toBeAttached({ timeout: 15_000 });
}

/** Signs in on the sign-in page, typing into its form: for tests where that page is part of the subject. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeAttached({ timeout: 15_000 });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * The page as its reader meets it: loaded, and then either every element of its main content
 * hydrated by React with no element added or removed for a moment (charts draw in steps after
 * hydration), or the network idle, whichever comes first. The network alone waits out the
 * router's prefetch of every link on the page (some thirty requests: one to two seconds a page
 * on two busy cores); the DOM alone is slower on some pages (the organisation page after an action).
 */
export async function settled(page: Page) {
  await page.waitForLoadState("load");
  const quiet = async () => {
    await page.waitForFunction(() => {
      const root = document.querySelector("main") ?? document.body;
      // Less the hidden fields the server writes for its actions' forms, which React leaves alone.
      const elements = [root, ...root.querySelectorAll("*")].filter((element) => !element.matches('input[type="hidden"][name^="$ACTION"]'));
      return elements.every((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$")));
    });
    await page.evaluate(
      (quietMs) =>
        new Promise<void>((resolve) => {
          const done = () => (observer.disconnect(), resolve());
          let timer = setTimeout(done, quietMs);
          const observer = new MutationObserver(() => {
            clearTimeout(timer);
            timer = setTimeout(done, quietMs);
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }),
      300,
    );
  };
  // The slower wait runs on unheeded; it fails the test only if both fail.
  await Promise.any([quiet(), page.waitForLoadState("networkidle")]);
}

/** No serious or critical axe violation of WCAG 2.1 A/AA on the page as it is now. */
export async function expectAccessibleNow(page: Page, label: string) {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, label).toEqual([]);
}

/**
 * The 2025-05-31 period, open: progress-reporting.spec.ts opens it when the
 * whole suite runs (files run in name order); a spec run alone opens it here.
 * Leaves the manager signed out.
 */
export async function ensureMay2025PeriodOpen(page: Page) {
  await signIn(page, "manager@example.jp", { at: "/periods" });
  if ((await page.getByTestId("period-2025-05-31").count()) === 0) {
    await page.getByLabel("報告基準日（時点）").fill("2025-05-31");
    await page.getByLabel("提出期限").fill("2025-06-14");
    await page.getByRole("button", { name: "報告期間を開く" }).click();
    await expect(page.getByTestId("period-2025-05-31")).toContainText("受付中");
  }
  await signOut(page);
}
