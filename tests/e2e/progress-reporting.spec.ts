import { expect, type Page, test } from "@playwright/test";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { signIn } from "./support";

const a1 = seisakukyokuR6.issues.find((i) => i.code === "A(1)")!;
const addition = "令和７年４月に寄附受付サイトを２つ追加した。";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Saves the ⑤ text as a draft, then submits it (the confirmation is accepted by the test's dialog handler). */
async function saveAndSubmit(page: Page, text: string) {
  await page.getByLabel("⑤ 取組みの進捗状況、取組結果").fill(text);
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page.getByTestId("submitted-notice")).toContainText("提出しました。");
}

async function openA1Report(page: Page) {
  await page.getByTestId("issue-card-A(1)").getByRole("link").click();
  const report = page.getByTestId("progress-report").filter({ hasText: "令和7年5月31日時点" });
  await report.getByRole("link", { name: "⑤ を編集・審査する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A(1) ⑤ 進捗報告の編集（令和7年5月31日時点）");
}

test("a new period: staff write and submit A(1), a manager returns it, staff fix and resubmit, the manager approves", async ({ page, browser }) => {
  // Four sign-ins, two browsers and the notification list: longer than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  page.on("dialog", (dialog) => dialog.accept());

  await signIn(page, "manager@example.jp");
  await page.getByRole("link", { name: "報告期間" }).click();
  await page.getByLabel("報告基準日（時点）").fill("2025-05-31");
  await page.getByLabel("提出期限").fill("2025-06-14");
  await page.getByRole("button", { name: "報告期間を開く" }).click();
  await expect(page.getByRole("status")).toHaveText("報告期間を開きました。各課題の下書きを前回の報告から作成しました。");
  await expect(page.getByTestId("period-2025-05-31")).toContainText("受付中");
  await signOut(page);

  await signIn(page, "staff@example.jp");
  // Opening the period told the authors of each issue (issue 14): the bell counts them.
  const unreadAtOpening = Number(await page.getByTestId("bell-count").textContent());
  expect(unreadAtOpening).toBeGreaterThan(0);
  await openA1Report(page);
  // A colleague has the same draft open in another browser.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, "staff@example.jp");
  await openA1Report(colleague);
  // The draft starts from the previous report, shown beside it.
  await expect(page.getByTestId("previous-text")).toHaveText(a1.progress.text);
  const text = page.getByLabel("⑤ 取組みの進捗状況、取組結果");
  await expect(text).toHaveValue(a1.progress.text);
  await text.fill(`${a1.progress.text}\n${addition}`);
  await expect(page.getByTestId("text-diff").locator("ins")).toHaveText(`\n${addition}`);
  await page.getByLabel("寄附受付サイト数（サイト）").fill("８");
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(page.getByRole("status")).toHaveText("保存しました。");

  // The colleague's save started from the old version: refused, both texts shown, their typing kept.
  const colleagueText = `${a1.progress.text}\n同僚が書いた一文。`;
  await colleague.getByLabel("⑤ 取組みの進捗状況、取組結果").fill(colleagueText);
  await colleague.getByRole("button", { name: "下書き保存" }).click();
  await expect(colleague.getByTestId("conflict")).toBeVisible();
  await expect(colleague.getByTestId("conflict-current")).toHaveText(`${a1.progress.text}\n${addition}`);
  await expect(colleague.getByLabel("⑤ 取組みの進捗状況、取組結果")).toHaveValue(colleagueText);
  await colleague.context().close();

  await saveAndSubmit(page, `${a1.progress.text}\n${addition}`);
  await signOut(page);

  await signIn(page, "manager@example.jp");
  await page.getByRole("navigation").getByRole("link", { name: "審査 1件待ち" }).click();
  await page.getByRole("link", { name: "審査する: A(1)" }).click();
  await page.getByRole("button", { name: "差し戻す" }).click();
  await expect(page.getByText("差し戻す理由をコメントに入力してください。")).toBeVisible();
  await page.getByLabel("コメント（差し戻す場合は必須）").fill("追加したサイト名を記載してください。");
  await page.getByRole("button", { name: "差し戻す" }).click();
  // The page now shows the report as returned, with the comment its authors will see.
  await expect(page.getByTestId("return-comment")).toContainText("追加したサイト名を記載してください。");
  await expect(page.getByRole("button", { name: "差し戻す" })).toHaveCount(0);
  await signOut(page);

  await signIn(page, "staff@example.jp");
  // The return is one more unread notification; opening it from the list lands on the report with the comment.
  await expect(page.getByTestId("bell-count")).toHaveText(String(unreadAtOpening + 1));
  await page.getByTestId("bell").click();
  await page.getByTestId("notification-list").getByRole("button", { name: /^A\(1\) .*：差し戻されました$/ }).click();
  await expect(page).toHaveURL(/\/reports\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A(1) ⑤ 進捗報告の編集（令和7年5月31日時点）");
  await expect(page.getByTestId("return-comment")).toContainText("追加したサイト名を記載してください。");
  await expect(page.getByTestId("bell-count")).toHaveText(String(unreadAtOpening));
  await saveAndSubmit(page, `${a1.progress.text}\n令和７年４月に寄附受付サイトを２つ（Ａ、Ｂ）追加した。`);
  await signOut(page);

  await signIn(page, "manager@example.jp");
  await page.getByRole("navigation").getByRole("link", { name: "審査 1件待ち" }).click();
  await page.getByRole("link", { name: "審査する: A(1)" }).click();
  await page.getByRole("button", { name: "承認する" }).click();
  await expect(page.getByText("承認済み")).toBeVisible();
  await expect(page.getByRole("button", { name: "承認する" })).toHaveCount(0);

  await page.goto("/");
  await page.getByTestId("issue-card-A(1)").getByRole("link").click();
  const reports = page.getByTestId("progress-report");
  await expect(reports).toHaveCount(2);
  await expect(reports.nth(0).getByRole("heading")).toHaveText("⑤ 取組みの進捗状況、取組結果（令和6年11月30日時点）");
  await expect(reports.nth(1).getByRole("heading")).toHaveText("⑤ 取組みの進捗状況、取組結果（令和7年5月31日時点）");
  await expect(reports.nth(1)).toContainText("承認済み");
  await expect(reports.nth(1)).toContainText("（Ａ、Ｂ）追加した。");
  await expect(page.getByRole("region", { name: "指標", exact: true })).toContainText("8サイト");
});
