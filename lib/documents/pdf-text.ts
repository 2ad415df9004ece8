import path from "node:path";
import { Worker } from "node:worker_threads";

/** Why a PDF's text was not read. */
export type PdfTextRefusal = "tooManyPages" | "tooLong" | "timeout" | "unreadable" | "busy";

export class PdfTextError extends Error {
  constructor(readonly reason: PdfTextRefusal) {
    super(`PDF text not read: ${reason}`);
  }
}

/** A 局区Ｘ方針 is about ten pages; these bounds leave room and stop crafted files. */
export const pdfLimits = { maxPages: 100, maxChars: 500_000, timeoutMs: 15_000, maxConcurrent: 2, memoryMb: 256 };

// A plain .mjs file beside this one, found from the project root (the app, the CLI
// and the tests all run there), so no bundler has to know about it.
const workerFile = path.join(process.cwd(), "lib/documents/pdf-text-worker.mjs");
let running = 0;

/**
 * The text of a PDF, page by page, a line per text line, read with pdf.js in a
 * worker thread: the server's event loop never waits on it, and the worker is
 * killed at the page, length, memory or time limit.
 */
export async function extractPdfText(data: Uint8Array, limits = pdfLimits): Promise<string> {
  if (running >= limits.maxConcurrent) throw new PdfTextError("busy");
  running++;
  const worker = new Worker(workerFile, {
    workerData: { data, maxPages: limits.maxPages, maxChars: limits.maxChars },
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new PdfTextError("timeout")), limits.timeoutMs);
      worker.once("message", (result: { text?: string; error?: PdfTextRefusal }) => {
        clearTimeout(timer);
        if (result.text !== undefined) resolve(result.text);
        else reject(new PdfTextError(result.error ?? "unreadable"));
      });
      worker.once("error", () => (clearTimeout(timer), reject(new PdfTextError("unreadable"))));
      worker.once("exit", () => (clearTimeout(timer), reject(new PdfTextError("unreadable"))));
    });
  } finally {
    running--;
    void worker.terminate();
  }
}
