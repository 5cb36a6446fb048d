import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { encodeGifHeader, encodePng, listFolder, makeScratchFolder, refusal, writeUpload } from "./ingest-test-helpers";

async function ingestUploads(uploads: [name: string, content: string | Uint8Array][], limits?: { maxTotalBytes?: number; maxEntries?: number }) {
  const dir = await makeScratchFolder();
  const files: { name: string; path: string }[] = [];
  for (const [name, content] of uploads) files.push(await writeUpload(dir, name, content));
  const outDir = path.join(dir, "version");
  return { dir, outDir, run: () => ingestDataset({ files, outDir, limits }) };
}

/** Ingests what should be refused, and checks that nothing was left next to the uploads. */
async function refusedUpload(uploads: [string, string | Uint8Array][], limits?: { maxTotalBytes?: number; maxEntries?: number }) {
  const { dir, run } = await ingestUploads(uploads, limits);
  const before = await listFolder(dir);
  const result = await refusal(run());
  expect(await listFolder(dir)).toEqual(before);
  return result;
}

describe("ingestDataset with images", () => {
  it("unpacks a zip of PNGs, keeping folders, measuring each image", async () => {
    const zip = zipSync({ "cats/001.png": encodePng(3, 2), "cats/dogs/002.png": [encodePng(640, 480), { level: 0 }], "cats/": new Uint8Array(0) });
    const { outDir, run } = await ingestUploads([["pets.zip", zip]]);
    const result = await run();
    expect(result).toEqual({
      format: "images",
      rowCount: 2,
      columns: [],
      files: [
        { path: "cats/001.png", contentType: "image/png", sizeBytes: encodePng(3, 2).length, width: 3, height: 2 },
        { path: "cats/dogs/002.png", contentType: "image/png", sizeBytes: encodePng(640, 480).length, width: 640, height: 480 },
      ],
    });
    expect(await readFile(path.join(outDir, "files", "cats", "dogs", "002.png"))).toEqual(encodePng(640, 480));
    expect((await readdir(outDir)).sort()).toEqual(["files"]);
  });

  it("takes loose images and zips together, leaving out folders, __MACOSX and hidden files", async () => {
    const zip = zipSync({ "b.png": encodePng(1, 1), "__MACOSX/._b.png": new Uint8Array([0, 5, 22, 7]), ".DS_Store": new Uint8Array([0, 0, 0, 1]), "x/.hidden/c.png": encodePng(1, 1) });
    const { run } = await ingestUploads([["a.gif", encodeGifHeader(7, 9)], ["more.zip", zip]]);
    const result = await run();
    expect(result.files.map(({ path, contentType, width, height }) => [path, contentType, width, height])).toEqual([
      ["a.gif", "image/gif", 7, 9],
      ["b.png", "image/png", 1, 1],
    ]);
  });

  it.each([
    ["../evil.png", 'pets.zip: the entry "../evil.png" climbs out of its folder with "..", so the upload is refused.'],
    ["cats/../../evil.png", 'pets.zip: the entry "cats/../../evil.png" climbs out of its folder with "..", so the upload is refused.'],
    ["/etc/evil.png", 'pets.zip: the entry "/etc/evil.png" has an absolute path, so the upload is refused.'],
    ["C:/evil.png", 'pets.zip: the entry "C:/evil.png" has an absolute path, so the upload is refused.'],
    ["cats\\evil.png", 'pets.zip: the entry "cats\\evil.png" has a backslash in its path, so the upload is refused.'],
  ])("refuses the whole zip for an entry named %s, leaving nothing behind", async (name, message) => {
    const zip = zipSync({ "good.png": encodePng(1, 1), [name]: encodePng(1, 1) });
    expect(await refusedUpload([["pets.zip", zip]])).toEqual({ code: "bad_input", message });
  });

  it("refuses a non-image entry, naming it", async () => {
    const zip = zipSync({ "cats/001.png": encodePng(1, 1), "cats/readme.txt": new TextEncoder().encode("hello there, these are cats") });
    expect(await refusedUpload([["pets.zip", zip]])).toEqual({
      code: "bad_input",
      message: "pets.zip: cats/readme.txt is not an image: images come as PNG, JPEG, GIF or WebP files, or zips of them.",
    });
  });

  it("refuses an entry whose content is not the image its name says", async () => {
    const zip = zipSync({ "cat.png": new TextEncoder().encode("this is not a png at all") });
    expect((await refusedUpload([["pets.zip", zip]])).message).toBe("pets.zip: cat.png is named as a PNG image but its content is not a PNG image.");
  });

  it("refuses a fake .png uploaded on its own, and an SVG", async () => {
    expect((await refusedUpload([["cat.png", "GIF? no, just text"]])).message).toBe("cat.png is named as a PNG image but its content is not a PNG image.");
    expect((await refusedUpload([["logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"]])).message).toMatch(/only PNG, JPEG, GIF and WebP images are taken/);
  });

  it("refuses a path given twice", async () => {
    const zip = zipSync({ "a.png": encodePng(1, 1) });
    expect((await refusedUpload([["a.png", encodePng(1, 1)], ["more.zip", zip]])).message).toBe('more.zip: the path "a.png" is given twice in the upload.');
  });

  it("stops at the limits on entries and on unzipped bytes", async () => {
    const three = zipSync({ "1.png": encodePng(1, 1), "2.png": encodePng(1, 1), "3.png": encodePng(1, 1) });
    expect(await refusedUpload([["three.zip", three]], { maxEntries: 2 })).toEqual({
      code: "payload_too_large",
      message: "The upload holds more than 2 files; split it into smaller ones.",
    });
    // A PNG padded with 5 MiB of zeros: a small zip that unzips past a 1 MiB limit.
    const padded = Buffer.concat([encodePng(1, 1), Buffer.alloc(5 * 1024 * 1024)]);
    const bomb = zipSync({ "big.png": padded });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await refusedUpload([["bomb.zip", bomb]], { maxTotalBytes: 1024 * 1024 })).toEqual({
      code: "payload_too_large",
      message: "The upload is larger than 1 MiB once unzipped; split it into smaller ones.",
    });
  });

  it("refuses a zip that is cut short, inside an entry or after the last one", async () => {
    const noisy = Buffer.concat([encodePng(2, 2), randomBytes(20_000)]);
    const zip = zipSync({ "a.png": encodePng(1, 1), "b.png": noisy });
    expect((await refusedUpload([["cut.zip", zip.subarray(0, 5_000)]])).message).toMatch(/^cut\.zip is (cut short|not a valid zip)/);
    const directoryAt = zip.length - 22 - 2 * (46 + 5);
    expect((await refusedUpload([["cut.zip", zip.subarray(0, directoryAt)]])).message).toBe("cut.zip is cut short: its table of contents is missing.");
  });
});
