import { describe, expect, it } from "vitest";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";

describe("normalizeWrappedText", () => {
  it("joins lines the layout wrapped, with nothing in between", () => {
    expect(normalizeWrappedText("  現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく、\n\n寄附受入額の伸び率鈍化の要因の一つとなっている。 \n")).toBe(
      "現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく、寄附受入額の伸び率鈍化の要因の一つとなっている。",
    );
  });

  it("starts a new paragraph after a line that ends a sentence", () => {
    expect(normalizeWrappedText("新システムを導入した。 \n\nまた、寄附受付サイトの追加にあたっては\n\n選定した。")).toBe(
      "新システムを導入した。\nまた、寄附受付サイトの追加にあたっては選定した。",
    );
    expect(normalizeWrappedText("「終わり。」\n次の段落")).toBe("「終わり。」\n次の段落");
  });

  it("drops a page footer inside a paragraph and joins across the page break", () => {
    expect(normalizeWrappedText("ワーキンググループを開催するなど、効\n\n\n\n政策局-3 \n\n \n\n率的・効果的な国際関連施策を実施していく。")).toBe(
      "ワーキンググループを開催するなど、効率的・効果的な国際関連施策を実施していく。",
    );
    expect(normalizeWrappedText("前\n戸畑区-12\n後")).toBe("前後");
  });

  it("reads CRLF and CR line ends alike", () => {
    expect(normalizeWrappedText("一行目の途中で\r\n折り返し。\r\n二段落目\r三行目")).toBe("一行目の途中で折り返し。\n二段落目三行目");
  });

  it("keeps spaces inside a line and full-width characters", () => {
    expect(normalizeWrappedText("  令和６年 11月末時点、人件費増や物価高騰、 施設の\nＳＤＧｓ")).toBe("令和６年 11月末時点、人件費増や物価高騰、 施設のＳＤＧｓ");
    expect(normalizeWrappedText("\u3000全角空白で字下げ。")).toBe("全角空白で字下げ。");
  });

  it("gives an empty string for empty or blank input", () => {
    expect(normalizeWrappedText("")).toBe("");
    expect(normalizeWrappedText(" \n\n \u3000\n")).toBe("");
  });
});
