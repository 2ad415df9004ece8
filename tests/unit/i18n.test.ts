import { describe, expect, it } from "vitest";
import { catalogues, createTranslator } from "@/lib/i18n/messages";

describe("message catalogues", () => {
  it("has the same keys in Japanese and English, none empty", () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.ja).sort());
    for (const messages of Object.values(catalogues)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(catalogues.ja) as (keyof typeof catalogues.ja)[]) {
      expect(placeholders(catalogues.en[key]), key).toEqual(placeholders(catalogues.ja[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator("ja");
    expect(t("home.issueCount", { count: 3 })).toBe("3件の課題");
    expect(createTranslator("en")("home.issueCount", { count: 3 })).toBe("3 issues");
    expect(t("issue.asOf")).toBe("{date}時点");
  });
});
