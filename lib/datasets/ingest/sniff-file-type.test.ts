import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { encodeGifHeader, encodePng } from "./ingest-test-helpers";
import { sniffFileType } from "./sniff-file-type";

function refusalOf(head: Buffer | string, name: string) {
  try {
    sniffFileType(Buffer.from(head), name);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_input");
    return (error as AppError).message;
  }
  throw new Error(`${name} was taken`);
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]);

describe("sniffFileType", () => {
  it("tells binary kinds by their bytes", () => {
    expect(sniffFileType(encodePng(1, 1), "a.png")).toBe("png");
    expect(sniffFileType(JPEG, "a.jpg")).toBe("jpeg");
    expect(sniffFileType(JPEG, "a.JPEG")).toBe("jpeg");
    expect(sniffFileType(encodeGifHeader(2, 2), "a.gif")).toBe("gif");
    expect(sniffFileType(WEBP, "a.webp")).toBe("webp");
    expect(sniffFileType(Buffer.from("PAR1\x15\x04"), "t.parquet")).toBe("parquet");
    expect(sniffFileType(Buffer.from("PK\x03\x04rest"), "images.zip")).toBe("zip");
  });

  it("goes by content when the name says nothing", () => {
    expect(sniffFileType(encodePng(1, 1), "scan-0001")).toBe("png");
  });

  it("lets the name choose between text kinds", () => {
    expect(sniffFileType(Buffer.from("a,b\n1,2\n"), "sales.csv")).toBe("csv");
    expect(sniffFileType(Buffer.from("a\tb\n"), "sales.tsv")).toBe("csv");
    expect(sniffFileType(Buffer.from('{"a":1}\n'), "rows.jsonl")).toBe("jsonl");
    expect(sniffFileType(Buffer.from('\uFEFF  {"a":1}\n'), "rows.ndjson")).toBe("jsonl");
    expect(sniffFileType(Buffer.from('{"a":1}\n'), "rows.json")).toBe("jsonl");
    expect(sniffFileType(Buffer.from("Once upon a time"), "story.txt")).toBe("text");
    expect(sniffFileType(Buffer.from("# Title\n<b>bold</b>"), "notes.md")).toBe("text");
  });

  it("refuses a file whose content contradicts its name", () => {
    expect(refusalOf("not really a picture", "cat.png")).toBe("cat.png is named as a PNG image but its content is not a PNG image.");
    expect(refusalOf(encodePng(1, 1), "cat.jpg")).toBe("cat.jpg is named as a JPEG image but its content is a PNG image.");
    expect(refusalOf(encodePng(1, 1), "sales.csv")).toBe("sales.csv is named as CSV text but its content is a PNG image.");
    expect(refusalOf("a,b\n", "t.parquet")).toBe("t.parquet is named as a Parquet file but its content is not a Parquet file.");
  });

  it("refuses binary content named as text", () => {
    expect(refusalOf("a,b\n1,\u0000\u0001\n", "sales.csv")).toMatch(/^sales\.csv is named as CSV text but its content is binary or not UTF-8/);
    expect(refusalOf(Buffer.from([0x61, 0x2c, 0xe9, 0x0a, 0x31]), "latin1.csv")).toMatch(/not UTF-8/);
  });

  it("refuses SVG and HTML, by name or by content, saying which images are taken", () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>';
    const message = "only PNG, JPEG, GIF and WebP images are taken";
    expect(refusalOf(svg, "logo.svg")).toContain(message);
    expect(refusalOf(svg, "logo.txt")).toContain(message);
    expect(refusalOf("<!DOCTYPE html><html><body>404</body></html>", "sales.csv")).toContain(message);
    expect(refusalOf("<html></html>", "page.html")).toBe(`page.html is not taken: ${message} (SVG and HTML are not).`);
  });

  it("refuses JSON that is not JSON Lines, empty files and unknown kinds", () => {
    expect(refusalOf('[{"a":1}]', "rows.json")).toBe("rows.json holds a JSON array; upload JSON Lines instead: one JSON object per line.");
    expect(refusalOf("a,b", "rows.jsonl")).toMatch(/does not start with a JSON object/);
    expect(refusalOf("", "empty.csv")).toBe("empty.csv is empty.");
    expect(refusalOf("hello", "notes.doc")).toMatch(/^notes\.doc is not a kind of file the studio takes/);
    expect(refusalOf("\u0000\u0001\u0002", "blob.bin")).toMatch(/binary/);
  });
});
