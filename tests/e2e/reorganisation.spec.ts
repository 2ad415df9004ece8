import { expect, type Page, test } from "@playwright/test";
import { expectAccessibleNow, signIn } from "./support";

// Issue 13, part 3, as an admin does it: the import page creates the bureau a
// document's title names (after a confirming step), then the organisation page
// merges and moves its sections and deactivates it; every step previews first.
// Desk and phone widths are checked with axe while the confirmation is showing.

const phone = { width: 390, height: 844 };

async function expectAccessibleOnBothWidths(page: Page, label: string) {
  await expectAccessibleNow(page, `${label} (desk)`);
  const desk = page.viewportSize();
  await page.setViewportSize(phone);
  await expectAccessibleNow(page, `${label} (phone)`);
  if (desk) await page.setViewportSize(desk);
}

test("an admin creates the title's bureau from the import page, then merges, moves and deactivates in a reorganisation", async ({ page }) => {
  test.slow();
  await signIn(page, "admin@example.jp");

  await page.goto("/import");
  const offer = page.getByRole("form", { name: "表題にある局や区が未登録のとき" });
  await offer.getByLabel("方針の表題またはテキスト").fill("局区Ｘ方針〈都市戦略局〉\n（令和７年度）");
  await offer.getByLabel("コード（英小文字・数字・ハイフン）").fill("toshi-senryaku");
  await offer.getByRole("button", { name: "作成する局・区を確認する" }).click();
  await expect(offer.getByText("〈都市戦略局〉をコード「toshi-senryaku」で作成します。")).toBeVisible();
  // Nothing exists until it is confirmed.
  await expect(page.getByRole("option", { name: "都市戦略局" })).toHaveCount(0);
  await expectAccessibleOnBothWidths(page, "/import with the bureau to create previewed");
  await offer.getByRole("button", { name: "この局・区を作成する" }).click();
  await expect(offer.getByRole("status")).toContainText("局・区を作成しました");
  await expect(page.getByRole("option", { name: "都市戦略局" })).toBeAttached();

  await page.goto("/admin/organisation");
  for (const name of ["戦略企画課", "都市再生課"]) {
    const add = page.getByRole("form", { name: "都市戦略局に課を追加" });
    await add.getByLabel("新しい課の名称").fill(name);
    await add.getByRole("button", { name: "課を追加" }).click();
    await expect(page.getByRole("form", { name: `${name}の編集` })).toBeVisible();
  }

  // Merge: previewed with what moves, then confirmed.
  const merge = page.getByRole("form", { name: "戦略企画課を別の課に統合" });
  await merge.getByLabel("統合先の課").selectOption({ label: "都市再生課" });
  await merge.getByRole("button", { name: "統合する" }).click();
  await expect(merge.getByText("課題 0 件とユーザー 0 人を統合先に移し、この課を廃止します。")).toBeVisible();
  await expectAccessibleOnBothWidths(page, "/admin/organisation with a merge previewed");
  await merge.getByRole("button", { name: "実行する" }).click();
  await expect(page.getByRole("form", { name: "戦略企画課を再び有効にする" })).toBeVisible();

  // Move the surviving section to the Policy Bureau.
  const move = page.getByRole("form", { name: "都市再生課を別の局・区へ移す" });
  await move.getByLabel("移す先の局・区").selectOption({ label: "政策局" });
  await move.getByRole("button", { name: "課を移す" }).click();
  await move.getByRole("button", { name: "実行する" }).click();
  const policyBureau = page.locator("section[aria-labelledby^='bureau-']", { has: page.getByRole("heading", { name: /^政策局/ }) });
  await expect(policyBureau.getByRole("form", { name: "都市再生課の編集" })).toBeVisible();

  // Deactivate the bureau: it leaves the pickers (the new-user form), and stays on this page marked.
  const deactivate = page.getByRole("form", { name: "都市戦略局の廃止" });
  await deactivate.getByRole("button", { name: "廃止する" }).click();
  await expect(deactivate.getByText(/この局・区を廃止します/)).toBeVisible();
  await deactivate.getByRole("button", { name: "実行する" }).click();
  await expect(page.getByRole("heading", { name: /^都市戦略局/ })).toContainText("廃止");
  await page.goto("/admin/users/new");
  await expect(page.getByLabel("局・区").getByRole("option", { name: "政策局" })).toBeAttached();
  await expect(page.getByLabel("局・区").getByRole("option", { name: "都市戦略局" })).toHaveCount(0);

  // Every step is in the audit log.
  await page.goto("/audit");
  const actions = page.getByTestId("audit-action");
  for (const label of ["課の統合（組織改正）", "課の移管（組織改正）", "局・区の廃止", "局・区の作成"]) {
    await expect(actions.filter({ hasText: label }).first()).toBeVisible();
  }
});
