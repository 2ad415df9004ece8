import { describe, expect, it } from "vitest";
import { diffTexts, splitSentences } from "@/lib/domain/text-diff";

describe("diffTexts", () => {
  it("splits Japanese text into sentences", () => {
    expect(splitSentences("一文目。二文目。\n三文目")).toEqual(["一文目。", "二文目。", "\n", "三文目"]);
  });
  it("shows unchanged, added and removed sentences in order", () => {
    expect(diffTexts("新システムを導入した。サイトを選定した。", "新システムを導入した。サイトを追加した。今後も検討する。")).toEqual([
      { kind: "same", text: "新システムを導入した。" },
      { kind: "added", text: "サイトを追加した。今後も検討する。" },
      { kind: "removed", text: "サイトを選定した。" },
    ]);
  });
  it("handles empty sides", () => {
    expect(diffTexts("", "新しい。")).toEqual([{ kind: "added", text: "新しい。" }]);
    expect(diffTexts("古い。", "")).toEqual([{ kind: "removed", text: "古い。" }]);
    expect(diffTexts("", "")).toEqual([]);
  });
  it("rebuilds both texts from its parts", () => {
    const before = "Ａ。Ｂ。Ｃ。\nＤ";
    const after = "Ａ。Ｘ。Ｃ。\nＤ。Ｅ。";
    const parts = diffTexts(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});
