// What defineRoute adds around a route's own code: the body size limit (by the declared
// length and by the bytes that actually arrive), the extra headers of a JSON download, and
// answers that are files.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "./content-disposition";
import { defineRoute } from "./define-route";

const echo = defineRoute({
  method: "POST",
  path: "/api/v1/echo",
  summary: "Echo the body's size",
  tag: "Test",
  isPublic: true,
  maxBodyBytes: 1000,
  body: z.object({ text: z.string() }),
  response: z.object({ length: z.number(), name: z.string() }),
  headers: (result) => ({ "Content-Disposition": attachmentDisposition({ fileName: `${result.name}.txt` }) }),
  run: async (_, { body }) => ({ length: body.text.length, name: "Résumé \"final\"" }),
});

const NO_PARAMS = { params: Promise.resolve({}) };

function post(body: BodyInit, headers: Record<string, string> = {}) {
  // duplex: a stream body is sent as it is read (Node's fetch asks for it to be said).
  const init = { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1];
  return new NextRequest("http://studio.test/api/v1/echo", init);
}

/** A body sent in chunks, with no length known in advance (or a false one in the header). */
function streamOf(text: string, chunkSize = 100) {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(sent, sent + chunkSize));
      sent += chunkSize;
    },
  });
}

describe("defineRoute", () => {
  it("answers a body within the limit, with the route's headers", async () => {
    const response = await echo.handler(post(JSON.stringify({ text: "x".repeat(900) })), NO_PARAMS);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ length: 900, name: 'Résumé "final"' });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="R_sum_ _final_.txt"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22.txt`);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a body whose declared length is over the limit with 413, before reading it", async () => {
    const response = await echo.handler(post(JSON.stringify({ text: "short" }), { "content-length": "5000" }), NO_PARAMS);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "payload_too_large", message: expect.stringMatching(/too large/) });
  });

  it("counts the bytes that arrive: a body longer than its header says, or without one, is refused too", async () => {
    const text = JSON.stringify({ text: "x".repeat(2000) });
    for (const headers of [{ "content-length": "20" }, {}] as Array<Record<string, string>>) {
      const response = await echo.handler(post(streamOf(text), headers), NO_PARAMS);
      expect(response.status).toBe(413);
    }
    const fits = await echo.handler(post(streamOf(JSON.stringify({ text: "x".repeat(500) }))), NO_PARAMS);
    expect(fits.status).toBe(201);
  });

  it("refuses a body that is not JSON with 422", async () => {
    const response = await echo.handler(post("{ nope"), NO_PARAMS);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "bad_input", message: "The request body must be JSON." });
  });

  it("answers a file's bytes as they are read, and errors before it as JSON", async () => {
    let isRead = false;
    async function* lines() {
      isRead = true;
      yield new TextEncoder().encode("a,b\n");
      yield new TextEncoder().encode("1,2\n");
    }
    const csv = defineRoute({
      method: "GET",
      path: "/api/v1/table/{name}",
      summary: "A table as CSV",
      tag: "Test",
      isPublic: true,
      params: z.object({ name: z.string() }),
      file: { contentType: "text/csv; charset=utf-8", description: "The table" },
      run: async (_, { params }) => {
        if (params.name !== "t") throw new AppError("not_found", "No such table.");
        return { fileName: "t.csv", chunks: lines() };
      },
    });
    expect((await csv.invoke(null, { params: { name: "t" } })).status).toBe(200);
    expect(isRead).toBe(false);
    const request = new NextRequest("http://studio.test/api/v1/table/t");
    const response = await csv.handler(request, { params: Promise.resolve({ name: "t" }) });
    expect(Object.fromEntries(response.headers)).toMatchObject({ "content-type": "text/csv; charset=utf-8", "x-content-type-options": "nosniff", "cache-control": "no-store" });
    expect(await response.text()).toBe("a,b\n1,2\n");
    const missing = await csv.handler(request, { params: Promise.resolve({ name: "u" }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: "not_found", message: "No such table." });
  });
});
