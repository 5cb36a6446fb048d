// Reading .ipynb files: what nbformat's schema refuses is refused with where and why;
// nbformat 4.0-4.4 is upgraded (cells get ids); not JSON or nbformat 3 is told so.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseIpynb } from "./parse-ipynb";

type TDocument = Record<string, unknown> & { cells: Array<Record<string, unknown>> };

function notebook(minor = 5): TDocument {
  const id = (name: string) => (minor >= 5 ? { id: name } : {});
  return {
    nbformat: 4,
    nbformat_minor: minor,
    metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
    cells: [
      { ...id("intro"), cell_type: "markdown", metadata: {}, source: "# Hello" },
      { ...id("code"), cell_type: "code", metadata: {}, source: ["print(1)\n", "2"], execution_count: 1, outputs: [{ output_type: "stream", name: "stdout", text: "1\n" }] },
      { ...id("raw"), cell_type: "raw", metadata: {}, source: "" },
    ],
  };
}

function messageOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_input");
    return (error as AppError).message;
  }
  throw new Error("it was accepted");
}

describe("parseIpynb", () => {
  it("accepts a valid 4.5 notebook, from its text or its JSON", () => {
    const document = notebook();
    expect(parseIpynb({ notebook: JSON.stringify(document) })).toEqual(document);
    expect(parseIpynb({ notebook: document }).cells.map((cell) => cell.id)).toEqual(["intro", "code", "raw"]);
  });

  it("upgrades 4.0 to 4.4 notebooks by giving their cells ids, as nbformat does", () => {
    for (const minor of [0, 1, 2, 3, 4]) {
      const parsed = parseIpynb({ notebook: notebook(minor) });
      expect(parsed.nbformat_minor).toBe(5);
      const ids = parsed.cells.map((cell) => cell.id);
      expect(ids.every((id) => /^[a-f0-9]{8}$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(3);
    }
  });

  it("renews repeated cell ids, keeping the first", () => {
    const document = notebook();
    document.cells[2].id = "intro";
    const ids = parseIpynb({ notebook: document }).cells.map((cell) => cell.id);
    expect(ids.slice(0, 2)).toEqual(["intro", "code"]);
    expect(ids[2]).toMatch(/^[a-f0-9]{8}$/);
  });

  it("says the file is not JSON, or too old, or not a notebook", () => {
    expect(messageOf(() => parseIpynb({ notebook: "not { json" }))).toBe("The file is not JSON, so it is not a Jupyter notebook.");
    expect(messageOf(() => parseIpynb({ notebook: "[1, 2]" }))).toMatch(/not a Jupyter notebook/);
    expect(messageOf(() => parseIpynb({ notebook: { nbformat: 3, nbformat_minor: 0, worksheets: [] } }))).toMatch(/nbformat 3, which is too old: only nbformat 4/);
    expect(messageOf(() => parseIpynb({ notebook: { ...notebook(), nbformat: 5 } }))).toMatch(/nbformat 5; only nbformat 4/);
    expect(messageOf(() => parseIpynb({ notebook: { cells: [] } }))).toBe("Not a valid Jupyter notebook: metadata: is required.");
  });

  it("names where a notebook breaks the schema, and how", () => {
    const cases: Array<[(document: TDocument) => void, string]> = [
      [(d) => (d.cells[1].source = 5), "cells/1/source: must be string or array"],
      [(d) => (d.cells[1].source = ["print(1)\n", 2]), "cells/1/source/1: must be string"],
      [(d) => (d.cells[0].outputs = []), "cells/0/outputs: is not allowed here"],
      [(d) => delete d.cells[1].execution_count, "cells/1/execution_count: is required"],
      [(d) => (d.cells[1].cell_type = "sql"), "cells/1/cell_type: must be code, markdown or raw"],
      [(d) => (d.cells[1].outputs = [{ output_type: "bogus" }]), "cells/1/outputs/0/output_type: must be stream, display_data, execute_result or error"],
      [(d) => (d.cells[1].outputs = [{ output_type: "stream", name: "stdout", text: 3 }]), "cells/1/outputs/0/text: must be string or array"],
      [(d) => (d.cells[1].outputs = [{ output_type: "display_data", data: { "image/png": 1 }, metadata: {} }]), "cells/1/outputs/0/data/image/png: must be string or array"],
      [(d) => (d.cells[2].id = "has spaces"), 'cells/2/id: must match pattern "^[a-zA-Z0-9-_]+$"'],
      [(d) => (d.metadata = { kernelspec: { name: "python3" } }), "metadata/kernelspec/display_name: is required"],
      [(d) => (d.nbformat_minor = "5"), "nbformat_minor: must be integer"],
    ];
    for (const [breakIt, expected] of cases) {
      const document = notebook();
      breakIt(document);
      expect(messageOf(() => parseIpynb({ notebook: document }))).toBe(`Not a valid Jupyter notebook: ${expected}.`);
    }
  });
});
