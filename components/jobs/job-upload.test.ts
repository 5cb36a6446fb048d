import { describe, expect, it } from "vitest";
import { addChosenFiles, jobFilePath } from "./job-upload";

const file = (name: string, webkitRelativePath = "", size = 10) => ({ name, size, webkitRelativePath });

describe("jobFilePath", () => {
  it("places a folder's files by their path inside it, and single files by name", () => {
    expect(jobFilePath(file("train.py"))).toBe("train.py");
    expect(jobFilePath(file("train.py", "mnist/train.py"))).toBe("train.py");
    expect(jobFilePath(file("a.csv", "mnist/data/a.csv"))).toBe("data/a.csv");
  });
});

describe("addChosenFiles", () => {
  it("leaves out what training does not need, replaces a file chosen again, and sorts by path", () => {
    const first = addChosenFiles([], [file("train.py", "", 1), file("utils.py", "", 2)]);
    const { files, leftOut } = addChosenFiles(first.files, [
      file("train.py", "proj/train.py", 3),
      file("HEAD", "proj/.git/HEAD"),
      file("x.pyc", "proj/pkg/__pycache__/x.pyc"),
      file("a.csv", "proj/data/a.csv"),
    ]);
    expect(files.map((entry) => [entry.path, entry.file.size])).toEqual([
      ["data/a.csv", 10],
      ["train.py", 3],
      ["utils.py", 2],
    ]);
    expect(leftOut).toBe(2);
  });
});
