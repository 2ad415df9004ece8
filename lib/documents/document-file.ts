import { extractPdfText } from "./pdf-text";

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";

/** A document file's text: a PDF's extracted text (recognised by its first bytes), else the bytes as UTF-8. */
export async function documentText(bytes: Uint8Array): Promise<string> {
  return isPdf(bytes) ? extractPdfText(bytes) : new TextDecoder("utf-8").decode(bytes);
}
