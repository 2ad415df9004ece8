import { type Page, test } from "@playwright/test";
import { expectAccessibleNow, signIn } from "./support";

// Every page, as the role that uses it, checked with axe-core against WCAG 2.1
// A and AA (the level JIS X 8341-3:2016 AA takes over): no serious or critical
// violation may remain.
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await expectAccessibleNow(page, path);
}

/** The A(1) issue page's path, as a user reaches it from the home page. */
async function issuePath(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /^A\(1\) .* を開く$/ }).click();
  await page.waitForURL(/\/issues\//);
  return new URL(page.url()).pathname;
}

/** A staff member's user page, as an admin reaches it from the user list. */
async function userPath(page: Page) {
  await page.goto("/admin/users?q=staff-intl");
  await page.getByTestId("user-row").getByRole("link").first().click();
  await page.waitForURL(/\/admin\/users\/[^/?]+$/);
  return new URL(page.url()).pathname;
}

test("sign-in page", async ({ page }) => {
  await expectAccessible(page, "/login");
});

const pagesByUser: Record<string, (string | ((page: Page) => Promise<string>))[]> = {
  "staff@example.jp": ["/", issuePath, "/notifications"],
  "manager@example.jp": ["/dashboard", "/dashboard/matrix", "/dashboard/indicators", "/dashboard/milestones", "/periods", "/review", "/import", async (page) => `${await issuePath(page)}/edit`],
  "auditor@example.jp": ["/city", "/exports", "/audit", "/audit?verify=1"],
  "admin@example.jp": ["/admin/users", "/admin/users/new", userPath, "/account/password", "/admin/mail"],
};

for (const [email, paths] of Object.entries(pagesByUser)) {
  test.describe(email, () => {
    for (const [index, path] of paths.entries()) {
      test(typeof path === "string" ? path : `page ${index + 1} (reached from the home page)`, async ({ page }) => {
        if (typeof path === "string") {
          await signIn(page, email, { at: path });
          await expectAccessibleNow(page, path);
        } else {
          await signIn(page, email);
          await expectAccessible(page, await path(page));
        }
      });
    }
  });
}

// The notification pages at a phone's width too (the desk width is above).
test.describe("phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [email, path] of [["staff@example.jp", "/notifications"], ["admin@example.jp", "/admin/mail"]] as const) {
    test(`${path} as ${email}`, async ({ page }) => {
      await signIn(page, email, { at: path });
      await expectAccessibleNow(page, path);
    });
  }
});
