import { describe, expect, it } from "vitest";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";

describe("normalizeWrappedText", () => {
  it("joins lines the PDF wrapped, with nothing in between", () => {
    expect(
      normalizeWrappedText(
        "  現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく、\n\n寄附受入額の伸び率鈍化の要因の一つとなっている。 \n\n",
      ),
    ).toBe("現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく、寄附受入額の伸び率鈍化の要因の一つとなっている。");
    // A 。 inside a line is not a paragraph end; only the line's last character counts.
    expect(normalizeWrappedText("受付。他都市に\n比べ")).toBe("受付。他都市に比べ");
  });

  it("starts a new paragraph after a line that ends with 。, optionally followed by a closing bracket", () => {
    expect(normalizeWrappedText("  新システムを導入した。 \n\nまた、寄附受付サイトの追加に\n\nあたっては選定した。 \n")).toBe(
      "新システムを導入した。\nまた、寄附受付サイトの追加にあたっては選定した。",
    );
    expect(normalizeWrappedText("「終わり。」\n次")).toBe("「終わり。」\n次");
    expect(normalizeWrappedText("『終わり。』\n次")).toBe("『終わり。』\n次");
    expect(normalizeWrappedText("（終わり。）\n次")).toBe("（終わり。）\n次");
    // Any other closing character is not one of the three brackets: the line was wrapped.
    expect(normalizeWrappedText("終わり。)\n次")).toBe("終わり。)次");
  });

  it("drops a page footer and joins the paragraph across the page break", () => {
    expect(
      normalizeWrappedText(
        "ワーキンググループを開催するなど、効\n\n\n\n政策局-3 \n\n \n\n率的・効果的な国際関連施策を実施していく。 \n",
      ),
    ).toBe("ワーキンググループを開催するなど、効率的・効果的な国際関連施策を実施していく。");
    expect(normalizeWrappedText("前\n\u3000戸畑区-12\u3000\n後")).toBe("前後");
    // Only a whole line of that shape is a footer.
    expect(normalizeWrappedText("政策局-3の資料を参照\n政策局 -3")).toBe("政策局-3の資料を参照政策局 -3");
  });

  it("reads CRLF and CR line ends like LF", () => {
    expect(normalizeWrappedText("一行目の途中で\r\n\r\n折り返し。 \r\n\r\n二段落目\r三行目")).toBe("一行目の途中で折り返し。\n二段落目三行目");
    expect(normalizeWrappedText("効\r\n政策局-3 \r\n率的")).toBe("効率的");
  });

  it("keeps spaces inside a line and every full-width character", () => {
    expect(normalizeWrappedText("  ⑤の（令和６年 11月末時点） \n")).toBe("⑤の（令和６年 11月末時点）");
    expect(normalizeWrappedText("・人件費増や物価高騰、 施設の\n老朽化等を踏まえた")).toBe("・人件費増や物価高騰、 施設の老朽化等を踏まえた");
    expect(normalizeWrappedText("\u3000\tＳＤＧｓの市民認知度が 90％を超える\u3000")).toBe("ＳＤＧｓの市民認知度が 90％を超える");
    expect(normalizeWrappedText("中長期スパンで行う。 ※市政変革推進プランに基づき")).toBe("中長期スパンで行う。 ※市政変革推進プランに基づき");
  });

  it("gives an empty string for empty or blank input", () => {
    expect(normalizeWrappedText("")).toBe("");
    expect(normalizeWrappedText(" \n\n \u3000\t\r\n")).toBe("");
    expect(normalizeWrappedText("政策局-3")).toBe("");
  });
});
