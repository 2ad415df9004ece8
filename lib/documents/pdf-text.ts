import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of a PDF, page by page, a line per text line (pdf.js marks line
 * ends), in the server, with pdf.js from npm. Pages are separated by a blank
 * line, as text copied from a PDF viewer is.
 */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        // pdf.js marks most line ends; a jump in y (e.g. to the page footer) is one too.
        const y = item.transform[5] as number;
        if (lastY !== null && Math.abs(y - lastY) > 1 && !text.endsWith("\n")) text += "\n";
        text += item.str + (item.hasEOL ? "\n" : "");
        if (item.str !== "") lastY = y;
      }
      pages.push(text.trimEnd());
    }
  } finally {
    await pdf.destroy();
  }
  return pages.join("\n\n");
}
