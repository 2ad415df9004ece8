import { describe, expect, it } from "vitest";
import { extractPdfText, pdfLimits } from "@/lib/documents/pdf-text";
import { craftedPdf } from "@/tests/support/crafted-pdf";

/** Runs `work` while measuring how late a 10 ms timer fires: the event loop's worst wait. */
async function worstEventLoopWait<T>(work: () => Promise<T>): Promise<{ result: T | Error; worstWaitMs: number; elapsedMs: number }> {
  const started = performance.now();
  let last = started;
  let worstWaitMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worstWaitMs = Math.max(worstWaitMs, now - last - 10);
    last = now;
  }, 10);
  const result = await work().catch((error: Error) => error);
  clearInterval(timer);
  return { result, worstWaitMs, elapsedMs: performance.now() - started };
}

describe("PDF text extraction is bounded (issue 19, finding 2)", () => {
  it("refuses a PDF of a thousand pages sharing one content stream without reading them", async () => {
    const { result, elapsedMs } = await worstEventLoopWait(() => extractPdfText(craftedPdf(1000, 2000)));
    expect(result).toMatchObject({ reason: "tooManyPages" });
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it("kills a costly extraction at its time limit while the event loop keeps running", async () => {
    const limits = { ...pdfLimits, timeoutMs: 1500 };
    const { result, worstWaitMs, elapsedMs } = await worstEventLoopWait(() => extractPdfText(craftedPdf(50, 20_000), limits));
    expect(result).toMatchObject({ reason: "timeout" });
    expect(elapsedMs).toBeLessThan(5_000);
    // In the server's own thread this file took seconds per page; in the worker the loop is free.
    expect(worstWaitMs).toBeLessThan(750);
  });

  it("stops at the text length limit", async () => {
    const limits = { ...pdfLimits, maxChars: 1000 };
    const { result } = await worstEventLoopWait(() => extractPdfText(craftedPdf(2, 2000), limits));
    expect(result).toMatchObject({ reason: "tooLong" });
  });

  it("refuses more extractions than may run at once", async () => {
    const limits = { ...pdfLimits, maxConcurrent: 1 };
    const first = extractPdfText(craftedPdf(3, 10), limits);
    await expect(extractPdfText(craftedPdf(3, 10), limits)).rejects.toMatchObject({ reason: "busy" });
    await expect(first).resolves.toContain("a");
  });
});
