// Datasets through the real server: a CSV sent in chunks that resumes after a lost answer,
// read back by page and by the SDK as a DataFrame; images served as what they are, never as
// a page; and uploads that must be refused (a broken CSV, a zip escaping its folder), which
// change nothing.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedApiToken, seedMember, seedTeam } from "@/prisma/seed/factories";
import { solidPng } from "@/prisma/seed/png";
import { runPython } from "@/worker/sdk/sdk-test-support";
import { startStudio } from "./start-studio";
import { studioApi } from "./studio-api";

let studio: Awaited<ReturnType<typeof startStudio>>;
let token: string;
let teamId: string;
const api = studioApi(() => studio.url, () => token);

beforeAll(async () => {
  studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  teamId = member.teamId;
  token = (await seedApiToken(member)).token;
}, 120_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await studio?.stop();
});

function putChunk(uploadId: string, offset: number, bytes: Buffer) {
  return fetch(`${studio.url}/api/v1/uploads/${uploadId}?offset=${offset}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: new Uint8Array(bytes),
  });
}

/** One file sent whole, then made into a version of `name`. */
async function uploadVersion(name: string, fileName: string, bytes: Buffer) {
  const upload = await api("/api/v1/uploads", { fileName, sizeBytes: bytes.length });
  expect(upload.status).toBe(201);
  expect((await putChunk(String(upload.body.id), 0, bytes)).status).toBe(200);
  return api("/api/v1/datasets", { name, uploadIds: [upload.body.id] });
}

const CSV = ["city,temperature,rainy", ...Array.from({ length: 2_500 }, (_, i) => `"Town ${i}, North",${(i % 40) - 5},${i % 3 === 0}`)].join("\n") + "\n";

describe("datasets over REST", () => {
  it("takes a CSV in chunks, resumes after a chunk sent twice, and pages and summarises its rows", async () => {
    const bytes = Buffer.from(CSV);
    const upload = await api("/api/v1/uploads", { fileName: "weather.csv", sizeBytes: bytes.length });
    const id = String(upload.body.id);
    const half = Math.floor(bytes.length / 2);
    expect((await putChunk(id, 0, bytes.subarray(0, half))).status).toBe(200);
    // The answer was lost; the client sends the first chunk again: told where to resume.
    const again = await putChunk(id, 0, bytes.subarray(0, half));
    expect(again.status).toBe(409);
    const { details } = (await again.json()) as { details: { receivedBytes: number } };
    expect(details.receivedBytes).toBe(half);
    expect((await api(`/api/v1/uploads/${id}`)).body.receivedBytes).toBe(half);
    expect((await putChunk(id, half, bytes.subarray(half))).status).toBe(200);

    const made = await api("/api/v1/datasets", { name: "weather", uploadIds: [id], note: "first" });
    expect(made).toMatchObject({ status: 201, body: { number: 1 } });
    const datasetId = String(made.body.datasetId);
    const page = await api(`/api/v1/datasets/${datasetId}/versions/1/rows?offset=998&limit=4`);
    expect(page.body).toMatchObject({ total: 2_500, offset: 998 });
    expect((page.body.rows as { city: string }[]).map((row) => row.city)).toEqual(["Town 998, North", "Town 999, North", "Town 1000, North", "Town 1001, North"]);
    const detail = await api(`/api/v1/datasets/${datasetId}`);
    const [version] = detail.body.versions as { rowCount: number; columns: { name: string; type: string; min?: number; max?: number; distinct: number }[] }[];
    expect(version.rowCount).toBe(2_500);
    expect(version.columns.map((c) => [c.name, c.type])).toEqual([
      ["city", "string"],
      ["temperature", "integer"],
      ["rainy", "boolean"],
    ]);
    expect(version.columns[1]).toMatchObject({ min: -5, max: 34, distinct: 40 });
    // A used upload takes no more bytes.
    expect((await putChunk(id, bytes.length, Buffer.from("x"))).status).toBe(409);
  });

  it("refuses a broken CSV naming its line, and creates nothing", async () => {
    const before = await db.dataset.count({ where: { teamId } });
    const refused = await uploadVersion("broken", "broken.csv", Buffer.from("a,b,c\n1,2,3\n4,5,6,7,8\n"));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/Line 3 of broken\.csv: expected 3 fields, found 5/);
    expect(await db.dataset.count({ where: { teamId } })).toBe(before);
  });

  it("refuses a zip whose entry climbs out of its folder, and one that only calls itself an image", async () => {
    const evil = Buffer.from(zipSync({ "cats/ok.png": solidPng(4, 4), "../evil.png": solidPng(4, 4) }));
    const refused = await uploadVersion("evil", "images.zip", evil);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain("../evil.png");
    const fake = await uploadVersion("fake", "cat.png", Buffer.from("<svg onload=alert(1)></svg>"));
    expect(fake.status).toBe(422);
    expect(await db.dataset.count({ where: { teamId, name: { in: ["evil", "fake"] } } })).toBe(0);
  });

  it("serves an image as an image attachment that the browser may not sniff", async () => {
    const made = await uploadVersion("pets", "pets.zip", Buffer.from(zipSync({ "cats/tom.png": solidPng(20, 10), "dogs/rex.png": solidPng(8, 8) })));
    expect(made.status).toBe(201);
    const files = await api(`/api/v1/datasets/${made.body.datasetId}/versions/1/files`);
    expect(files.body).toMatchObject({ total: 2, files: [{ path: "cats/tom.png", width: 20, height: 10, contentType: "image/png" }, { path: "dogs/rex.png" }] });
    const image = await fetch(`${studio.url}/api/v1/datasets/${made.body.datasetId}/versions/1/files/cats/tom.png`, { headers: { authorization: `Bearer ${token}` } });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
  });
});

describe("the SDK", () => {
  it("reads a table as a DataFrame and an image version as a folder, by name", { timeout: 60_000 }, async () => {
    const cache = await mkdtemp(path.join(tmpdir(), "mlstudio-cache-"));
    const script = `
import mlstudio, pathlib
df = mlstudio.dataset("weather", version=1)
print(df.shape, df["city"][1000], int(df["temperature"].max()), df["rainy"].dtype)
folder = mlstudio.dataset("pets")
print(sorted(str(p.relative_to(folder)) for p in folder.rglob("*.png")))
try:
    mlstudio.dataset("weather", version=7)
except LookupError as error:
    print(error)
`;
    const { code, stdout, stderr } = await runPython(script, { MLSTUDIO_URL: studio.url, MLSTUDIO_API_TOKEN: token, MLSTUDIO_CACHE: cache }).exited;
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.trim().split("\n")).toEqual([
      "(2500, 3) Town 1000, North 34 bool",
      "['cats/tom.png', 'dogs/rex.png']",
      "mlstudio: 'weather' has no version 7 (it has v1)",
    ]);
  });
});
