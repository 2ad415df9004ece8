import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  // Attached, not visible: on a phone the signed-in user's name sits in the closed menu.
  await expect(page.getByTestId("current-user")).toBeAttached({ timeout: 15_000 });
}
