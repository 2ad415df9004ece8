import { expect, test } from "@playwright/test";
import { craftedPdf } from "@/tests/support/crafted-pdf";
import { signIn, signInThroughForm } from "./support";

// Issue 19: what an outside review did to a production build, replayed.
test.describe.configure({ timeout: 60_000 });

test("form fields named __proto__ sent to the import action leave every later sign-in working (finding 1)", async ({ page, browser }) => {
  await signIn(page, "manager@example.jp", { at: "/import" });
  // A hand-made post: fields the portal's form never has, added to it before it is sent.
  await page.locator("form#import-form").evaluate((form) => {
    for (const name of ["fix:__proto__:secret", "fix:__proto__", "fix:constructor:prototype", "fix:prototype:polluted"]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = "attacker-value";
      form.append(input);
    }
  });
  await page.getByLabel("方針のテキスト").fill("会議の議事録です。");
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.locator("#import-text-error")).toContainText("課題");

  // Another person, in another browser, signs in and works as usual.
  const admin = await (await browser.newContext()).newPage();
  await signInThroughForm(admin, "admin@example.jp");
  const dashboard = await admin.goto("/dashboard");
  expect(dashboard?.status()).toBe(200);
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a crafted PDF is refused quickly while other requests stay fast (finding 2)", async ({ page, request }) => {
  await signIn(page, "manager@example.jp", { at: "/import" });
  // A thousand pages sharing one compressed content stream.
  await page.getByLabel("ファイル（.txt または PDF）").setInputFiles({ name: "crafted.pdf", mimeType: "application/pdf", buffer: Buffer.from(craftedPdf(1000, 2000)) });
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.locator("#import-text-error")).toContainText("PDFのページ数が多すぎます", { timeout: 10_000 });

  // Fifty pages of heavy text: read in a worker thread, so the sign-in page answers meanwhile.
  await page.getByLabel("ファイル（.txt または PDF）").setInputFiles({ name: "heavy.pdf", mimeType: "application/pdf", buffer: Buffer.from(craftedPdf(50, 20_000)) });
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page.getByRole("button", { name: "内容を確認する" })).toBeDisabled();
  const started = Date.now();
  expect((await request.get("/login")).status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect(page.locator("#import-text-error")).toContainText("PDF", { timeout: 20_000 });
});

test("a PDF sent without a session is not read at all (finding 2)", async ({ page }) => {
  await page.goto("/login");
  const started = Date.now();
  // The import page's action needs a session: the proxy sends the visitor to sign-in before any body is read.
  const response = await page.request.post("/import", { multipart: { file: { name: "crafted.pdf", mimeType: "application/pdf", buffer: Buffer.from(craftedPdf(1000, 2000)) } }, maxRedirects: 0 });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers().location).toContain("/login");
  expect(Date.now() - started).toBeLessThan(2_000);
});

test("sign-in never leads to another site, and odd callback values do not break the page (finding 4)", async ({ page, baseURL }) => {
  for (const callback of ["%2F%09%2Fevil.example", "%2F%0D%2Fevil.example", "%2F%5Cevil.example", "%2F%252Fevil.example"]) {
    const response = await page.request.get(`/login?callbackUrl=${callback}`);
    expect(response.status(), callback).toBe(200);
  }
  for (const callback of ["%0D", "%E3%80%80", "%2Fissues%0D%0ASet-Cookie%3Ax%3D1"]) {
    expect((await page.request.get(`/login?callbackUrl=${callback}`)).status(), callback).toBe(200);
  }
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await page.getByLabel("メールアドレス").fill("manager@example.jp");
  await page.getByLabel("パスワード").fill((await import("@/prisma/seed-data/demo-users")).DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
