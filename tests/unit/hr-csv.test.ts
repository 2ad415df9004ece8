import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHrCsv, HR_CSV_MAX_BYTES, HR_CSV_MAX_LINES, parseHrCsv } from "@/lib/users-import/hr-csv";
import { csvRefusal as refusal } from "./support/csv-refusal";


describe("an HR system's CSV", () => {
  it("reads Shift_JIS (CP932, with its NEC/IBM kanji) and UTF-8 with or without a BOM alike", () => {
    const sjis = readFileSync(path.join(import.meta.dirname, "../fixtures/hr-users-sjis.csv"));
    const text = decodeHrCsv(sjis);
    expect(text).toContain("髙橋 﨑子");
    const utf8 = new TextEncoder().encode(`\uFEFF${text}`);
    for (const decoded of [text, decodeHrCsv(utf8)]) {
      const lines = parseHrCsv(decoded);
      expect(lines.map((l) => l.line)).toEqual([2, 3]);
      expect(Object.fromEntries(lines[1]!.fields)).toEqual({ name: "髙橋 﨑子", email: "takahashi@city.example.jp", role: "管理職", bureau: "政策局", section: "" });
    }
  });

  it("numbers lines as an editor does (blank lines and quoted line breaks counted) and takes English headers in any order", () => {
    const lines = parseHrCsv('email,NAME,bureau,role\n\na@example.jp,"複数\n行",seisaku,staff\nb@example.jp,B,seisaku,staff\n');
    expect(lines.map((l) => [l.line, l.fields.get("email"), l.fields.get("section")])).toEqual([[4, "a@example.jp", ""], [5, "b@example.jp", ""]]);
  });

  it("refuses, before any line is checked, a file too large, too long, without its header or its columns, or not CSV", () => {
    expect(refusal(() => decodeHrCsv(new Uint8Array(HR_CSV_MAX_BYTES + 1)))).toBe("tooLarge");
    const header = "氏名,メールアドレス,役割,局・区\n";
    expect(refusal(() => parseHrCsv(header + "a,b@example.jp,職員,x\n".repeat(HR_CSV_MAX_LINES + 1)))).toBe("tooManyLines");
    expect(refusal(() => parseHrCsv(header + "a,b@example.jp,職員,x\n".repeat(HR_CSV_MAX_LINES)))).toBeNull();
    expect(refusal(() => parseHrCsv(""))).toBe("noHeader");
    expect(refusal(() => parseHrCsv("氏名,メールアドレス\nx,y\n"))).toBe("missingColumns");
    expect(refusal(() => parseHrCsv(`${header}"unclosed,b@example.jp,職員,x\n`))).toBe("malformed");
  });
});
