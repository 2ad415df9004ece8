import { expect, test } from "@playwright/test";
import { signIn, signInThroughForm } from "./support";

test("every page carries a nonce-based CSP without unsafe-inline scripts, and the other security headers", async ({ page, request }) => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/", "/dashboard"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    nonces.add(/'nonce-([^']+)'/.exec(scriptSrc)![1]!);
  }
  expect(nonces.size).toBe(3);

  // The app still runs under that policy: no violation while signing in and using a page.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signInThroughForm(page, "manager@example.jp");
  await page.goto("/dashboard/indicators");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  // Every script the server writes into the page carries that response's nonce.
  const response = await page.request.get("/dashboard");
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  expect(violations).toEqual([]);
});

test("a server action posted from a foreign Origin is refused and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, "manager@example.jp");
  // The language switch posts like any form without JavaScript: its action id is a hidden field.
  const actionField = await page.locator("form[aria-label='表示言語'] input[name^='$ACTION_ID_']").first().getAttribute("name");
  expect(actionField).toBeTruthy();
  const post = (origin: string) => page.request.post("/", { headers: { Origin: origin }, multipart: { [actionField!]: "", locale: "en" }, maxRedirects: 0 });
  const language = async () => (await page.reload(), page.getByRole("button", { name: "English" }).getAttribute("aria-pressed"));

  const foreign = await post("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await language()).toBe("false");

  // The same request from the portal's own origin goes through: the refusal above was the Origin's doing.
  await post(baseURL!);
  expect(await language()).toBe("true");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
});

test("the residents' site (no script at all) has a fixed policy that allows none, for its 404s too, and the rest of the portal still passes the sign-in check", async ({ request }) => {
  for (const path of ["/public", "/public/search?q=SDGs", "/public/data/catalog.json", "/public/no-such-bureau/2024-11-30", "/public/a/b/c/d"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("script-src 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("nonce-");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["set-cookie"], path).toBeUndefined();
  }
  // A path that only begins like the public site is not part of it: signed out, it goes to sign-in.
  const lookalike = await request.get("/publications", { maxRedirects: 0 });
  expect(lookalike.status()).toBe(307);
  expect(lookalike.headers().location).toContain("/login");
});
