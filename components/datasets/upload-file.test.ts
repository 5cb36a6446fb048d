import { describe, expect, it } from "vitest";
import { backoffMs, uploadFile, UploadError, type TFetch } from "./upload-file";

/** A studio's upload routes in memory, with ways to make requests fail as networks do. */
function fakeStudio() {
  const uploads = new Map<string, { size: number; bytes: Uint8Array; received: number }>();
  const log: string[] = [];
  /** Run before each PUT is handled: "drop" fails it unsent, "lose" stores it but loses the answer. */
  const putFaults: Array<"drop" | "lose" | "crash" | null> = [];
  let getFaults = 0;

  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  const fetch: TFetch = async (url, init = {}) => {
    const method = init.method ?? "GET";
    const { pathname, searchParams } = new URL(url, "http://studio.test");
    log.push(`${method} ${pathname}${searchParams.size ? `?${searchParams}` : ""}`);
    if (method === "POST" && pathname === "/api/v1/uploads") {
      const { sizeBytes } = JSON.parse(String(init.body)) as { sizeBytes: number };
      const id = `u${uploads.size + 1}`;
      uploads.set(id, { size: sizeBytes, bytes: new Uint8Array(sizeBytes), received: 0 });
      return json(201, { id, receivedBytes: 0 });
    }
    const upload = uploads.get(pathname.split("/").at(-1)!);
    if (!upload) return json(404, { code: "not_found", message: "This upload does not exist." });
    if (method === "GET") {
      if (getFaults-- > 0) throw new TypeError("Failed to fetch");
      return json(200, { receivedBytes: upload.received });
    }
    const fault = putFaults.shift() ?? null;
    if (fault === "drop") throw new TypeError("Failed to fetch");
    if (fault === "crash") return json(500, { code: "internal", message: "Something went wrong on our side." });
    const offset = Number(searchParams.get("offset"));
    if (offset !== upload.received) return json(409, { code: "conflict", message: "Elsewhere.", details: { receivedBytes: upload.received } });
    const chunk = new Uint8Array(await (init.body as Blob).arrayBuffer());
    upload.bytes.set(chunk, offset);
    upload.received = offset + chunk.length;
    if (fault === "lose") throw new TypeError("Failed to fetch");
    return json(200, { receivedBytes: upload.received });
  };

  return { fetch, uploads, log, putFaults, failGets: (count: number) => (getFaults = count) };
}

function sourceOf(size: number) {
  const bytes = Uint8Array.from({ length: size }, (_, index) => (index * 7) % 251);
  return { bytes, file: Object.assign(new Blob([bytes]), { name: "table.csv" }) };
}

const noWait = async () => {};

describe("uploadFile", () => {
  it("sends the file in chunks at their offsets and reports what the server holds", async () => {
    const studio = fakeStudio();
    const { bytes, file } = sourceOf(25);
    const progress: number[] = [];
    const id = await uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, wait: noWait, onProgress: (n) => progress.push(n) });
    expect(studio.log).toEqual(["POST /api/v1/uploads", "PUT /api/v1/uploads/u1?offset=0", "PUT /api/v1/uploads/u1?offset=10", "PUT /api/v1/uploads/u1?offset=20"]);
    expect(progress).toEqual([0, 10, 20, 25]);
    expect(studio.uploads.get(id)!.bytes).toEqual(bytes);
  });

  it("asks where to resume after a chunk whose answer was lost, and does not send it twice", async () => {
    const studio = fakeStudio();
    const { bytes, file } = sourceOf(25);
    studio.putFaults.push(null, "lose");
    const waits: number[] = [];
    const id = await uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, wait: async (ms) => void waits.push(ms) });
    expect(studio.log.slice(1)).toEqual(["PUT /api/v1/uploads/u1?offset=0", "PUT /api/v1/uploads/u1?offset=10", "GET /api/v1/uploads/u1", "PUT /api/v1/uploads/u1?offset=20"]);
    expect(waits).toEqual([backoffMs(1)]);
    expect(studio.uploads.get(id)!.bytes).toEqual(bytes);
  });

  it("follows a 409's receivedBytes when it cannot ask where to resume", async () => {
    const studio = fakeStudio();
    const { bytes, file } = sourceOf(25);
    studio.putFaults.push("lose");
    studio.failGets(1);
    const id = await uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, wait: noWait });
    expect(studio.log.slice(1)).toEqual([
      "PUT /api/v1/uploads/u1?offset=0",
      "GET /api/v1/uploads/u1",
      "PUT /api/v1/uploads/u1?offset=0", // answered 409: the server holds 10
      "PUT /api/v1/uploads/u1?offset=10",
      "PUT /api/v1/uploads/u1?offset=20",
    ]);
    expect(studio.uploads.get(id)!.bytes).toEqual(bytes);
  });

  it("backs off longer after each failure of a chunk and gives up after five retries", async () => {
    const studio = fakeStudio();
    const { file } = sourceOf(25);
    studio.putFaults.push(null, "drop", "crash", "drop", "drop", "crash", "drop");
    const waits: number[] = [];
    const upload = uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, wait: async (ms) => void waits.push(ms) });
    await expect(upload).rejects.toThrow(UploadError);
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(studio.log.filter((line) => line.startsWith("PUT")).length).toBe(7);
    expect(studio.uploads.get("u1")!.received).toBe(10);
  });

  it("counts retries per chunk: a chunk that goes through resets them", async () => {
    const studio = fakeStudio();
    const { bytes, file } = sourceOf(40);
    studio.putFaults.push("drop", "drop", "drop", null, "drop", "drop", "drop", "drop", null, "drop", "drop", null);
    const id = await uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, wait: noWait });
    expect(studio.uploads.get(id)!.bytes).toEqual(bytes);
  });

  it("stops at once on a refusal, with the studio's message", async () => {
    const studio = fakeStudio();
    const { file } = sourceOf(5);
    const refuse: TFetch = async (url, init) =>
      init?.method === "POST" ? new Response(JSON.stringify({ code: "bad_input", message: "A file takes at most 5 GB." }), { status: 422 }) : studio.fetch(url, init);
    await expect(uploadFile({ file, fetch: refuse, wait: noWait })).rejects.toMatchObject({ message: "A file takes at most 5 GB.", error: { code: "bad_input" } });
  });

  it("resumes an upload opened by an earlier try from what the server holds", async () => {
    const studio = fakeStudio();
    const { bytes, file } = sourceOf(25);
    studio.putFaults.push(null, "drop", "drop");
    const opened: string[] = [];
    await expect(uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, maxRetries: 1, wait: noWait, onOpened: (id) => opened.push(id) })).rejects.toThrow();
    studio.log.length = 0;
    const id = await uploadFile({ file, uploadId: opened[0], fetch: studio.fetch, chunkBytes: 10, wait: noWait });
    expect(id).toBe("u1");
    expect(studio.log).toEqual(["GET /api/v1/uploads/u1", "PUT /api/v1/uploads/u1?offset=10", "PUT /api/v1/uploads/u1?offset=20"]);
    expect(studio.uploads.get(id)!.bytes).toEqual(bytes);
  });

  it("opens a new upload when the earlier one is gone", async () => {
    const studio = fakeStudio();
    const { file } = sourceOf(5);
    const id = await uploadFile({ file, uploadId: "expired", fetch: studio.fetch, wait: noWait });
    expect(studio.log).toEqual(["GET /api/v1/uploads/expired", "POST /api/v1/uploads", "PUT /api/v1/uploads/u1?offset=0"]);
    expect(id).toBe("u1");
  });

  it("stops when cancelled, without waiting out the backoff", async () => {
    const studio = fakeStudio();
    const { file } = sourceOf(25);
    studio.putFaults.push("drop");
    const controller = new AbortController();
    const upload = uploadFile({ file, fetch: studio.fetch, chunkBytes: 10, signal: controller.signal, wait: async () => controller.abort() });
    await expect(upload).rejects.toMatchObject({ name: "AbortError" });
  });
});
