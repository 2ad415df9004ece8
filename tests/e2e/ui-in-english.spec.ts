import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { ensureMay2025PeriodOpen, settled, signIn } from "./support";

// The English interface, walked page by page (issue 20): Japanese may appear
// only where it is the bureau's data (the document, names, units …, i.e. text
// stored in the database) or a term the English catalogue itself keeps
// (局区Ｘ方針). Interface words, wareki dates and Japanese punctuation around
// English text (「」（）：、　) are leftovers. Table headers must not repeat.
// Named to run after progress-reporting.spec.ts, which opens the 2025-05-31
// period itself (the specs share one server and run in name order).
test.describe.configure({ timeout: 120_000 });

const letter = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
const mark = "\\u3000-\\u303f\\u30fb\\u30fc\\uff00-\\uffef";
/** A run of Japanese: letters and marks, with the digits between them (令和6年度); a space ends it (two data fields). */
const japaneseRun = new RegExp(`[${letter}${mark}](?:[${letter}${mark}0-9.,/-]*[${letter}${mark}])?`, "gu");
const japaneseLetter = new RegExp(`[${letter}]`, "u");

/** Every text the database holds, and the English catalogue's own words: what may be shown in Japanese. */
function allowedJapanese(): string {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    const texts: string[] = Object.values(JSON.parse(readFileSync("lib/i18n/en.json", "utf8")) as Record<string, string>);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'").all() as { name: string }[];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate() as Iterable<Record<string, unknown>>) {
        for (const value of Object.values(row)) if (typeof value === "string" && japaneseLetter.test(value)) texts.push(value);
      }
    }
    return texts.join("\n");
  } finally {
    db.close();
  }
}

/** Japanese runs on the page that are not data, and table header rows that repeat a name. */
async function leftovers(page: Page, allowed: string) {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      // Marked as Japanese (the language switch names 日本語 in its own words).
      if (parent.closest('[lang="ja"]')) continue;
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    return found;
  });
  const japanese = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(japaneseRun)) {
      // Marks alone (（ ） ： 、 「 」 …) are never data: they are Japanese punctuation around English words.
      if (!japaneseLetter.test(run) || !allowed.includes(run)) japanese.add(`${run}  ← "${text.slice(0, 80)}"`);
    }
  }
  const headers = await page.locator("table thead tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th")].map((th) => th.textContent?.trim() ?? "").filter((name) => name !== "")),
  );
  const repeated = headers.filter((names) => new Set(names).size !== names.length).map((names) => names.join(" | "));
  return { japanese: [...japanese], repeated };
}

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** The A(1) issue page and its report for the open period, as a user reaches them. */
async function issueAndReport(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /^Open A\(1\) / }).first().click();
  await page.waitForURL(/\/issues\//);
  const issue = new URL(page.url()).pathname;
  const report = await page.locator('a[href^="/reports/"]').first().getAttribute("href");
  return [issue, ...(report ? [report] : [])];
}

/** The first listed link under `from` whose address starts with `prefix` (+ `suffix`), as a user reaches it. */
const linked = (from: string, prefix: string, suffix = "") => async (page: Page) => {
  await page.goto(from);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a link to ${prefix}… on ${from}`).not.toBeNull();
  return [`${href}${suffix}`];
};

const pagesByUser: Record<string, (string | ((page: Page) => Promise<string[]>))[]> = {
  "staff@example.jp": ["/", issueAndReport, "/notifications"],
  "manager@example.jp": [
    "/dashboard", "/dashboard/matrix", "/dashboard/matrix?colour=state", "/dashboard/indicators", "/dashboard/milestones", "/periods", "/review", "/notifications",
    "/import", "/plans", linked("/periods", "/periods/"), linked("/dashboard", "/issues/", "/edit"),
  ],
  "auditor@example.jp": ["/city", "/exports", "/audit"],
  "admin@example.jp": ["/admin/users", "/admin/users/new", "/admin/users/import", "/admin/mail", "/admin/organisation", "/admin/plans"],
};

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await ensureMay2025PeriodOpen(page);
  await page.close();
});

for (const [email, paths] of Object.entries(pagesByUser)) {
  test(`${email}: the English pages show no Japanese but data, and no repeated column`, async ({ page }) => {
    await signIn(page, email);
    await toEnglish(page);
    const allowed = allowedJapanese();
    const found: string[] = [];
    const visited: string[] = [];
    for (const entry of paths) {
      for (const path of typeof entry === "string" ? [entry] : await entry(page)) {
        const response = await page.goto(path);
        visited.push(new URL(page.url()).pathname);
        expect(response?.status(), path).toBeLessThan(400);
        await settled(page);
        const { japanese, repeated } = await leftovers(page, allowed);
        found.push(...japanese.map((j) => `${path}: ${j}`), ...repeated.map((r) => `${path}: repeated column in ${r}`));
      }
    }
    expect(found).toEqual([]);
    // Each page was itself, not a redirect elsewhere (the sign-in page, a refusal).
    expect(visited.length).toBeGreaterThanOrEqual(paths.length);
    expect(visited.filter((path) => path === "/login")).toEqual([]);
  });
}
