import { describe, expect, it } from "vitest";
import { ArchiveNames, replaceExtension, splitArchivePath, toArchivePath } from "./archive-paths";

describe("archive paths", () => {
  it("cleans paths so they stay inside the archive", () => {
    expect(toArchivePath("cats/001.jpg")).toBe("cats/001.jpg");
    expect(toArchivePath("/abs/../x\\y/./z.png")).toBe("abs/x/y/z.png");
    expect(() => toArchivePath("../..")).toThrow("is not a usable file name");
  });

  it("replaces or adds an extension", () => {
    expect(replaceExtension("cats/001.jpg", "txt")).toBe("cats/001.txt");
    expect(replaceExtension("a.b/noext", "txt")).toBe("a.b/noext.txt");
    expect(replaceExtension("dir/.hidden", "xml")).toBe("dir/.hidden.xml");
  });

  it("splits folder and file name", () => {
    expect(splitArchivePath("a/b/c.jpg")).toEqual({ folder: "a/b", filename: "c.jpg" });
    expect(splitArchivePath("c.jpg")).toEqual({ folder: "", filename: "c.jpg" });
  });

  it("refuses a name twice", () => {
    const names = new ArchiveNames();
    names.claim("labels/a.txt", "a.jpg");
    expect(() => names.claim("labels/a.txt", "a.png")).toThrow('Two images map to labels/a.txt (one of them is "a.png")');
  });
});
