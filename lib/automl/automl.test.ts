import { describe, expect, it } from "vitest";
import { inferTask } from "./infer-task";
import { readTableColumn } from "./read-table";

describe("AutoML's reading of a table", () => {
  it("infers classes from text or a few whole numbers, a regression from other numbers", () => {
    expect(inferTask(["yes", "no", "yes"])).toBe("classification");
    expect(inferTask(["0", "1", "1", "", "0"])).toBe("classification");
    expect(inferTask(["1.5", "2.25", "3"])).toBe("regression");
    expect(inferTask(Array.from({ length: 50 }, (_, i) => String(i)))).toBe("regression");
  });

  it("reads a column, quoted fields and all", () => {
    const table = readTableColumn('a,b,label\n1,"x, y",cat\n2,z,dog\n', "label");
    expect(table).toEqual({ columns: ["a", "b", "label"], values: ["cat", "dog"], rowCount: 2 });
  });

  it("names what is wrong: a missing column, a ragged line, an unclosed quote, no rows", () => {
    expect(() => readTableColumn("a,b\n1,2\n", "label")).toThrow('The CSV has no column "label"; it has a, b.');
    expect(() => readTableColumn("a,b\n1,2\n3\n", "a")).toThrow("The CSV is broken at line 3: it has 1 fields, the header 2.");
    expect(() => readTableColumn('a,b\n1,"2\n', "a")).toThrow(/The CSV is broken at line \d+: .*[Qq]uote/);
    expect(() => readTableColumn("a,b\n", "a")).toThrow("The CSV needs a header line and at least one row.");
  });
});
