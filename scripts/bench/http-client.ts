import http from "node:http";
import zlib from "node:zlib";

// bench:load's HTTP client: node:http on keep-alive connections instead of fetch, because the load
// generator shares the server's cores and fetch (undici's WHATWG streams, a gzip decoder on every
// answer) cost it 1.1–2.9 ms of CPU a request. The server gets what it got from fetch: the same
// method, path, headers (accept-encoding included, so it compresses as before) and multipart
// bodies; an answer's body is read to its end, but kept and decompressed only where the bench reads it.

const agent = new http.Agent({ keepAlive: true });

/** The headers Node's fetch (undici 7) adds to every request, sent as it sends them. */
const fetchHeaders = { accept: "*/*", "accept-language": "*", "sec-fetch-mode": "cors", "user-agent": "node", "accept-encoding": "gzip, deflate" };

export interface Answer {
  status: number;
  /** The body, when kept: as it arrived (still compressed), see `answerText`. */
  body: Buffer | null;
  encoding: string | undefined;
}

/** Sends one request and resolves once the whole answer has arrived (rejects if the connection ends before). */
export function send(url: string, options: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: Buffer; keepBody?: boolean } = {}): Promise<Answer> {
  const headers = { ...fetchHeaders, ...options.headers, ...(options.body ? { "content-length": String(options.body.length) } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      if (options.keepBody) response.on("data", (chunk: Buffer) => chunks.push(chunk));
      else response.resume();
      response.on("error", reject);
      response.on("end", () => {
        if (!response.complete) reject(new Error(`${url}: the answer ended early`));
        else resolve({ status: response.statusCode!, body: options.keepBody ? Buffer.concat(chunks) : null, encoding: response.headers["content-encoding"] });
      });
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A kept answer's body as text, decompressed as its Content-Encoding says. */
export function answerText(answer: Answer): string {
  const body = answer.body ?? Buffer.alloc(0);
  switch (answer.encoding) {
    case undefined:
    case "identity":
      return body.toString("utf8");
    case "gzip":
      return zlib.gunzipSync(body).toString("utf8");
    case "deflate":
      return zlib.inflateSync(body).toString("utf8");
    case "br":
      return zlib.brotliDecompressSync(body).toString("utf8");
    default:
      throw new Error(`unexpected Content-Encoding ${answer.encoding}`);
  }
}

const escapeName = (name: string) => name.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
const crlf = (value: string) => value.replace(/\r?\n|\r/g, "\r\n");

/** A form's fields as multipart/form-data, encoded as fetch encodes a FormData of them (in order). */
export function multipartForm(fields: Record<string, string>): { contentType: string; body: Buffer } {
  const boundary = `----formdata-undici-0${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`;
  let body = "";
  for (const [name, value] of Object.entries(fields)) {
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(crlf(name))}"\r\n\r\n${crlf(value)}\r\n`;
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(`${body}--${boundary}--\r\n`) };
}
