// Runs in a worker thread (see pdf-text.ts): pdf.js parses untrusted PDFs, and a
// crafted one can take minutes; here it can be killed without touching the server.
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const { data, maxPages, maxChars } = workerData;

async function extract() {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    if (pdf.numPages > maxPages) return { error: "tooManyPages" };
    const pages = [];
    let length = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      let lastY = null;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        // pdf.js marks most line ends; a jump in y (e.g. to the page footer) is one too.
        const y = item.transform[5];
        if (lastY !== null && Math.abs(y - lastY) > 1 && !text.endsWith("\n")) text += "\n";
        text += item.str + (item.hasEOL ? "\n" : "");
        if (item.str !== "") lastY = y;
        if (text.length + length > maxChars) return { error: "tooLong" };
      }
      page.cleanup();
      pages.push(text.trimEnd());
      length += text.length;
    }
    // Pages are separated by a blank line, as text copied from a PDF viewer is.
    return { text: pages.join("\n\n") };
  } finally {
    await pdf.destroy();
  }
}

extract().then(
  (result) => parentPort.postMessage(result),
  () => parentPort.postMessage({ error: "unreadable" }),
);
