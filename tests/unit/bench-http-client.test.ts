import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerText, multipartForm, send } from "@/scripts/bench/http-client";
import { saveForm } from "@/scripts/bench/report-authors";

// bench:load's client must send the server exactly what fetch sent (only the client's own work changes).

const fields = { "$ACTION_ID_abc": "", version: "3", 'odd"na\nme': "a\nb\r\nc", status: "LATE", note: "日本語 & <x>" };
const withoutBoundary = (body: string, contentType: string) => body.replaceAll(/boundary=(.*)$/.exec(contentType)![1]!, "BOUNDARY");

describe("bench:load's HTTP client", () => {
  it("encodes the save form as fetch encodes its FormData", async () => {
    const formData = new FormData();
    for (const [name, value] of Object.entries(saveForm(fields, "⑤ の本文\n二行目"))) formData.set(name, value);
    const viaFetch = new Response(formData);
    const ours = multipartForm(saveForm(fields, "⑤ の本文\n二行目"));
    const fetchType = viaFetch.headers.get("content-type")!;
    expect(withoutBoundary(ours.contentType, ours.contentType)).toBe(withoutBoundary(fetchType, fetchType));
    expect(withoutBoundary(ours.body.toString(), ours.contentType)).toBe(withoutBoundary(await viaFetch.text(), fetchType));
  });

  describe("against a server", () => {
    const received: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
    let origin = "";
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks).toString();
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body: withoutBoundary(body, request.headers["content-type"] ?? "boundary=-") });
        if (request.url === "/cut") {
          response.setHeader("content-length", "100");
          response.write("part");
          setImmediate(() => request.socket.destroy());
        } else {
          response.setHeader("content-encoding", "gzip");
          response.end(gzipSync("保存しました。"));
        }
      });
    });
    beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve())).then(() => (origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it("sends the method, path, headers and body fetch sends, on kept-alive connections", async () => {
      const form = multipartForm(fields);
      const formData = new FormData();
      for (const [name, value] of Object.entries(fields)) formData.set(name, value);
      received.length = 0;
      await (await fetch(`${origin}/reports/r?x=1`, { method: "POST", body: formData, headers: { cookie: "s=1", origin } })).text();
      const answer = await send(`${origin}/reports/r?x=1`, { method: "POST", headers: { cookie: "s=1", origin, "content-type": form.contentType }, body: form.body, keepBody: true });
      const [viaFetch, ours] = received.map(({ headers: { "content-type": type, ...headers }, ...rest }) => ({ ...rest, headers, type: withoutBoundary(type!, type!) }));
      expect(ours).toEqual(viaFetch);
      expect(ours!.headers.connection).toBe("keep-alive");
      expect(answer.status).toBe(200);
      expect(answerText(answer)).toBe("保存しました。");
    });

    it("reads a view's whole body without keeping it, and rejects an answer cut short", async () => {
      expect(await send(`${origin}/dashboard`)).toEqual({ status: 200, body: null, encoding: "gzip" });
      await expect(send(`${origin}/cut`)).rejects.toThrow();
      await expect(send(`${origin}/cut`, { keepBody: true })).rejects.toThrow();
    });
  });
});
