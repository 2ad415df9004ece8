import { describe, expect, it } from "vitest";
import type { PublicDocument } from "@/lib/data/public-documents";
import { writePublicPdf } from "@/lib/export/pdf";
import { readTaggedPdf } from "@/tests/support/tagged-pdf";

const issue = (code: string, area: string, n: number) => ({
  code,
  area,
  name: `課題名${n}`,
  matrixTitle: `表題${n}`,
  summaryBullets: [`要旨${n}`],
  content: `内容${n}`,
  background: `背景${n}`,
  measuresHeading: "取組み",
  measures: `取組み${n}`,
  isAffiliatedBody: false,
  partners: [],
  progress: n === 2 ? null : { text: `進捗${n}`, status: "ON_TRACK" as const },
  indicators: [],
  milestones: [],
});

const published: PublicDocument = {
  format: "policy-portal-public/1",
  bureau: { code: "seisaku", name: "政策局", kind: "BUREAU" },
  reportingDate: "2024-11-30",
  publishedAt: "2024-12-10T09:00:00+09:00",
  title: "政策局の局区Ｘ方針",
  fiscalYear: 2024,
  mission: "使命の本文",
  areas: [{ code: "A", name: "Ａ領域", description: null }, { code: "B", name: "Ｂ領域", description: null }],
  issues: [issue("A(1)", "A", 1), issue("B(1)", "B", 2)],
};

describe("tagged PDF (PDF/UA intent)", () => {
  it("has a structure tree whose headings and paragraphs read in the document's order, in Japanese, titled", async () => {
    const bytes = await writePublicPdf(published);
    const { roles, reading, markInfo, metadata } = await readTaggedPdf(bytes);

    expect(markInfo?.Marked).toBe(true);
    expect(roles).toContain("Document");
    expect(roles).toContain("Sect");
    expect(roles.filter((r) => r === "H1")).toHaveLength(1);
    expect((metadata.info as { Title?: string }).Title).toBe("政策局の局区Ｘ方針（令和6年11月30日時点）");
    // The catalogue names the language; the viewer shows the title, not the file name.
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/Lang \(ja-JP\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    const expected = [
      "H1:政策局の局区Ｘ方針",
      "H2:１ 組織の使命（どのような役割を担うのか）",
      "P:使命の本文",
      "H2:２ 課題と背景",
      "H3:Ａ領域",
      "P:(1) 表題1",
      "H3:Ｂ領域",
      "H2:課題Ａ（１）",
      "H3:① 課題名",
      "P:課題名1",
      "H3:⑤ 取組みの進捗状況、取組結果（令和6年11月30日時点）",
      "P:進捗1",
      "H2:課題Ｂ（１）",
      "P:（この報告基準日の承認済みの報告はありません）",
    ];
    // Each expected line appears, in this order, in the tree's reading order.
    let at = -1;
    for (const line of expected) {
      const next = reading.findIndex((r, i) => i > at && r === line);
      expect(next, `${line} after ${reading[at]}`).toBeGreaterThan(at);
      at = next;
    }
    // Page footers are artifacts: outside the tree.
    expect(reading.some((r) => r.includes("政策局-1"))).toBe(false);
  });
});
