// .ipynb import and export against the real database: a round trip gives the same file,
// Python's own nbformat validator accepts what is exported, and an import that fails, at
// any point, leaves nothing behind.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ROUTES } from "@/lib/http/route-registry";
import type { TActor } from "@/lib/permissions";
import { seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { getNotebook } from "../get-notebook";
import { createNotebook } from "../manage-notebooks";
import { NOTEBOOK_EXAMPLES } from "../examples";
import type { TIpynbNotebook } from "./ipynb-types";
import { exportNotebook } from "./export-notebook";
import { importNotebook } from "./import-notebook";
import { readExampleNotebook } from "./read-example-notebook";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

// A notebook as Jupyter writes one, with everything that must survive a round trip.
const RICH: TIpynbNotebook = {
  cells: [
    {
      attachments: { "plot.png": { "image/png": PNG } },
      cell_type: "markdown",
      id: "intro",
      metadata: { tags: ["title"], jupyter: { source_hidden: false } },
      source: ["# Churn\n", "\n", "![plot](attachment:plot.png)"],
    },
    {
      cell_type: "code",
      execution_count: 2,
      id: "load-data",
      metadata: { scrolled: true, execution: { "iopub.status.busy": "2024-01-01T00:00:00Z" } },
      outputs: [
        { name: "stdout", output_type: "stream", text: ["loading\n", "done\n"] },
        { name: "stderr", output_type: "stream", text: ["warning\n"] },
        { data: { "image/png": PNG, "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: { "image/png": { width: 640 } }, output_type: "display_data" },
        { data: { "application/json": { a: [1, 2] }, "text/html": ["<b>2</b>"], "text/plain": ["2"] }, execution_count: 2, metadata: {}, output_type: "execute_result" },
        { ename: "ValueError", evalue: "bad", output_type: "error", traceback: ["\u001b[0;31mValueError\u001b[0m: bad"] },
      ],
      source: ["import pandas as pd\n", "print('loading')"],
    },
    { cell_type: "code", execution_count: null, id: "empty", metadata: {}, outputs: [], source: [] },
    { cell_type: "raw", id: "raw-1", metadata: { format: "text/restructuredtext" }, source: [".. note:: raw"] },
  ],
  metadata: {
    kernelspec: { display_name: "Python 3 (ipykernel)", language: "python", name: "python3" },
    language_info: { name: "python", version: "3.11.2", mimetype: "text/x-python" },
    custom: { kept: true },
    title: "Churn analysis",
  },
  nbformat: 4,
  nbformat_minor: 5,
};

async function teamWithProject() {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const project = await seedProject(team.id);
  return { team, member, project };
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error) => error as AppError,
  );
}

/** Python's own validator: exits 0 only for a notebook it accepts. */
function validateWithNbformat(notebook: unknown) {
  const python = spawnSync("/usr/bin/python3", ["-c", "import nbformat, sys; nbformat.validate(nbformat.reads(sys.stdin.read(), 4))"], {
    input: JSON.stringify(notebook),
    encoding: "utf8",
  });
  return { ok: python.status === 0, stderr: python.stderr };
}

async function countTeamRows(teamId: string) {
  const [notebooks, cells, outputs] = await Promise.all([
    db.notebook.count({ where: { teamId } }),
    db.cell.count({ where: { notebook: { teamId } } }),
    db.output.count({ where: { cell: { notebook: { teamId } } } }),
  ]);
  return { notebooks, cells, outputs };
}

describe("a .ipynb round trip", () => {
  it("exports what was imported, and export → import → export gives the same file", async () => {
    const { member, project } = await teamWithProject();
    const imported = await importNotebook(member, { projectId: project.id, gpus: 0, notebook: JSON.stringify(RICH) });
    expect(imported).toMatchObject({ name: "Churn analysis", cellCount: 4, project: { id: project.id } });

    const exported = await exportNotebook(member, { notebookId: imported.id });
    expect(exported).toEqual(RICH);
    expect(validateWithNbformat(exported)).toEqual({ ok: true, stderr: "" });

    const again = await importNotebook(member, { projectId: project.id, gpus: 0, notebook: exported as never });
    expect(await exportNotebook(member, { notebookId: again.id })).toEqual(exported);
  });

  it("keeps the file's cell ids per notebook, so one file imported twice does not collide", async () => {
    const { member, project } = await teamWithProject();
    const first = await importNotebook(member, { projectId: project.id, gpus: 0, notebook: RICH as never });
    const second = await importNotebook(member, { projectId: project.id, name: "Copy", gpus: 0, notebook: RICH as never });
    const cellsOf = (notebookId: string) => db.cell.findMany({ where: { notebookId }, orderBy: { position: "asc" } });
    const [a, b] = await Promise.all([cellsOf(first.id), cellsOf(second.id)]);
    expect(a.map((cell) => cell.ipynbId)).toEqual(["intro", "load-data", "empty", "raw-1"]);
    expect(b.map((cell) => cell.ipynbId)).toEqual(a.map((cell) => cell.ipynbId));
    expect(new Set([...a, ...b].map((cell) => cell.id)).size).toBe(8);
    expect(second.name).toBe("Copy");
  });

  it("shows imported outputs in the notebook as the kernel would have sent them", async () => {
    const { member, project } = await teamWithProject();
    const { id } = await importNotebook(member, { projectId: project.id, gpus: 0, notebook: RICH as never });
    const code = (await getNotebook(member, id)).cells[1];
    expect(code).toMatchObject({ type: "CODE", executionCount: 2, metadata: { scrolled: true } });
    expect(code.outputs.map(({ seq, output }) => [seq, output.msg_type])).toEqual([
      [1, "stream"],
      [2, "stream"],
      [3, "display_data"],
      [4, "execute_result"],
      [5, "error"],
    ]);
    expect(code.outputs[0].output).toEqual({ msg_type: "stream", content: { name: "stdout", text: "loading\ndone\n" } });
    expect(code.outputs[2].output).toMatchObject({ content: { data: { "image/png": PNG, "text/plain": "<Figure size 640x480 with 1 Axes>" } } });
  });

  it("exports a notebook made in the studio, with its kernel's outputs, as a file nbformat accepts", async () => {
    const { member, project } = await teamWithProject();
    const { id } = await createNotebook(member, { projectId: project.id, name: "Made here", gpus: 0 });
    const cell = await db.cell.update({ where: { id: (await getNotebook(member, id)).cells[0].id }, data: { source: "print(1)\n1", executionCount: 1 } });
    await db.output.createMany({
      data: [
        // What a clear_output leaves: its marker (the outputs before it are gone).
        { cellId: cell.id, seq: 2, msgType: "clear_output", content: { wait: false } },
        { cellId: cell.id, seq: 3, msgType: "stream", content: { name: "stdout", text: "1" } },
        { cellId: cell.id, seq: 4, msgType: "stream", content: { name: "stdout", text: "\n" } },
        { cellId: cell.id, seq: 5, msgType: "execute_result", content: { data: { "text/plain": "1" }, metadata: {}, execution_count: 1, transient: {} } },
      ],
    });
    const exported = await exportNotebook(member, { notebookId: id });
    expect(exported.metadata).toMatchObject({ title: "Made here", kernelspec: { name: "python3" } });
    expect(exported.cells).toEqual([
      {
        cell_type: "code",
        execution_count: 1,
        id: cell.id,
        metadata: {},
        outputs: [
          { output_type: "stream", name: "stdout", text: ["1\n"] },
          { output_type: "execute_result", data: { "text/plain": ["1"] }, execution_count: 1, metadata: {} },
        ],
        source: ["print(1)\n", "1"],
      },
    ]);
    expect(validateWithNbformat(exported)).toEqual({ ok: true, stderr: "" });
  });

  it("answers the file with a download name, through the route", async () => {
    const { member, project } = await teamWithProject();
    const { id } = await createNotebook(member, { projectId: project.id, name: "Q3 forecast", gpus: 0 });
    const route = ROUTES.find((r) => r.spec.path === "/api/v1/notebooks/{id}/ipynb")!;
    const answer = await route.invoke(member, { params: { id } });
    expect(answer.status).toBe(200);
    expect(answer.headers?.["Content-Disposition"]).toBe(`attachment; filename="Q3 forecast.ipynb"; filename*=UTF-8''Q3%20forecast.ipynb`);
    expect(answer.body).toMatchObject({ nbformat: 4, nbformat_minor: 5 });
  });
});

describe("importing a .ipynb", () => {
  const importRoute = () => ROUTES.find((r) => r.spec.path === "/api/v1/notebooks/import")!;

  it("refuses what is not a valid notebook with 422, creating nothing", async () => {
    const { team, member, project } = await teamWithProject();
    const broken = { ...RICH, cells: [...RICH.cells, { cell_type: "code", id: "x", metadata: {}, source: 5, outputs: [], execution_count: null }] };
    for (const [notebook, message] of [
      ["{ not json", "The file is not JSON, so it is not a Jupyter notebook."],
      [JSON.stringify(broken), "Not a valid Jupyter notebook: cells/4/source: must be string or array."],
      [JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [] }), expect.stringMatching(/nbformat 3, which is too old/)],
    ] as const) {
      const answer = await importRoute().invoke(member, { body: { projectId: project.id, notebook } });
      expect(answer).toMatchObject({ status: 422, body: { code: "bad_input", message } });
    }
    expect(await countTeamRows(team.id)).toEqual({ notebooks: 0, cells: 0, outputs: 0 });
  });

  it("leaves nothing behind when the database refuses it half-way (a NUL character in the last cell or output)", async () => {
    const { team, member, project } = await teamWithProject();
    const stream = (text: string) => ({ output_type: "stream" as const, name: "stdout", text });
    for (const [source, text] of [
      ["print('a\u0000b')", "fine"],
      ["print()", "a\u0000b"],
    ]) {
      const last = { cell_type: "code" as const, id: "nul", metadata: {}, source, execution_count: 1, outputs: [stream(text)] };
      const error = await refusal(importNotebook(member, { projectId: project.id, gpus: 0, notebook: { ...RICH, cells: [...RICH.cells, last] } as never }));
      expect(error).toMatchObject({ code: "bad_input", message: expect.stringMatching(/NUL character/) });
    }
    expect(await countTeamRows(team.id)).toEqual({ notebooks: 0, cells: 0, outputs: 0 });
  });

  it("is refused to viewers and annotators, and into another team's project", async () => {
    const { team, project } = await teamWithProject();
    for (const role of ["VIEWER", "ANNOTATOR"] as const) {
      const actor = await seedMember(team.id, role);
      expect((await refusal(importNotebook(actor, { projectId: project.id, gpus: 0, notebook: RICH as never })))?.code).toBe("forbidden");
    }
    const outsider: TActor = await seedMember((await seedTeam()).id, "OWNER");
    const error = await refusal(importNotebook(outsider, { projectId: project.id, gpus: 0, notebook: RICH as never }));
    expect(error?.code).toBe("not_found");
    expect(await countTeamRows(team.id)).toEqual({ notebooks: 0, cells: 0, outputs: 0 });
    expect(await countTeamRows(outsider.teamId)).toEqual({ notebooks: 0, cells: 0, outputs: 0 });
  });

  it("names the notebook from the request, else the file's title, else a default", async () => {
    const { member, project } = await teamWithProject();
    const { title: _, ...untitled } = RICH.metadata;
    const named = (notebook: unknown, name?: string) => importNotebook(member, { projectId: project.id, name, gpus: 0, notebook: notebook as never });
    expect((await named(RICH, "From the file name")).name).toBe("From the file name");
    expect((await named(RICH)).name).toBe("Churn analysis");
    expect((await named({ ...RICH, metadata: untitled })).name).toBe("Imported notebook");
  });

  // Speed is measured in bench/, not asserted here: this checks that a big file arrives whole.
  it("imports 2,000 cells with outputs in one go", async () => {
    const { member, project } = await teamWithProject();
    const cells = Array.from({ length: 2000 }, (_, i) => ({
      cell_type: "code",
      id: `cell-${i}`,
      metadata: {},
      source: [`x = ${i}\n`, "print(x)"],
      execution_count: i + 1,
      outputs: [{ output_type: "stream", name: "stdout", text: [`${i}\n`] }],
    }));
    const summary = await importNotebook(member, { projectId: project.id, gpus: 0, notebook: JSON.stringify({ ...RICH, cells }) });
    expect(summary.cellCount).toBe(2000);
    expect(await db.output.count({ where: { cell: { notebookId: summary.id } } })).toBe(2000);
    const stored = await getNotebook(member, summary.id);
    expect(stored.cells[1999]).toMatchObject({ source: "x = 1999\nprint(x)", executionCount: 2000 });
  });
});

describe("the example notebooks", () => {
  it("are valid notebooks without outputs, and create a notebook each", async () => {
    const { member, project } = await teamWithProject();
    for (const example of NOTEBOOK_EXAMPLES) {
      const file = await readExampleNotebook({ slug: example.slug });
      expect(validateWithNbformat(JSON.parse(file)).ok).toBe(true);
      const created = await createNotebook(member, { projectId: project.id, name: example.title, gpus: 0, example: example.slug });
      const notebook = await getNotebook(member, created.id);
      expect(notebook.cells.length).toBe(JSON.parse(file).cells.length);
      expect(notebook.cells.some((cell) => cell.type === "CODE")).toBe(true);
      expect(notebook.cells.every((cell) => cell.outputs.length === 0 && cell.executionCount === null)).toBe(true);
    }
  });
});
