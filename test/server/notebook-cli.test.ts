// `npm run studio -- notebook run` as a person runs it, against the real server, worker and
// kernel, held to `jupyter nbconvert --to notebook --execute` on the same file.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedApiToken, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { readNotebook, runNbconvert, summarizeOutputs } from "../nbconvert";
import { runStudioCli } from "../studio-cli";
import { startStudio } from "./start-studio";
import { startOnlineWorker, type startWorkerProcess } from "./worker-process";

let studio: Awaited<ReturnType<typeof startStudio>>;
let worker: ReturnType<typeof startWorkerProcess>;
let dir: string;
let token: string;
let project: { id: string; slug: string };

/** An nbformat 4 notebook of these cells (strings are code, { markdown } are words). */
function notebookOf(cells: Array<string | { markdown: string }>) {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" }, language_info: { name: "python" } },
    cells: cells.map((cell, index) =>
      typeof cell === "string"
        ? { id: `cell-${index}`, cell_type: "code", metadata: {}, source: cell, outputs: [], execution_count: null }
        : { id: `cell-${index}`, cell_type: "markdown", metadata: {}, source: cell.markdown },
    ),
  };
}

async function writeNotebook(name: string, cells: Array<string | { markdown: string }>) {
  const file = path.join(dir, `${name}.ipynb`);
  await writeFile(file, JSON.stringify(notebookOf(cells)));
  return file;
}

const cli = (file: string, ...flags: string[]) => runStudioCli(["notebook", "run", file, "--project", project.slug, ...flags], { MLSTUDIO_URL: studio.url, MLSTUDIO_API_TOKEN: token });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "studio-cli-"));
  studio = await startStudio();
  const owner = await seedMember((await seedTeam()).id, "MEMBER");
  token = (await seedApiToken(owner)).token;
  project = await seedProject(owner.teamId);
  worker = (await startOnlineWorker({ url: studio.url, teamId: owner.teamId, userId: owner.userId, name: "cli-test" })).worker;
}, 120_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await worker?.stop();
  await studio?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("studio notebook run", () => {
  it("writes FILE.nbconvert.ipynb with the outputs nbconvert gives, shows each cell's time, and leaves nothing behind", async () => {
    const file = await writeNotebook("analysis", [
      { markdown: "# Analysis" },
      "import sys\nvalues = [1, 2, 3]\nprint('sum', sum(values))\nprint('to stderr', file=sys.stderr)",
      "from IPython.display import display, HTML\ndisplay(HTML('<b>bold</b>'))\n{'mean': sum(values) / len(values)}",
      "",
      "for i in range(3):\n    print(i)",
    ]);
    const result = await cli(file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\[1\/3\] cell 2: ok in \d+\.\d\d s/);
    expect(result.stderr).toMatch(/\[3\/3\] cell 5: ok in \d+\.\d\d s/);
    expect(result.stderr).toContain(`Wrote ${path.join(dir, "analysis.nbconvert.ipynb")}.`);
    const anchor = await runNbconvert({ file, out: path.join(dir, "anchor.ipynb") });
    expect(anchor.code, anchor.stderr).toBe(0);
    const ours = summarizeOutputs(await readNotebook(path.join(dir, "analysis.nbconvert.ipynb")));
    expect(ours).toEqual(summarizeOutputs(await readNotebook(path.join(dir, "anchor.ipynb"))));
    expect(ours[0]).toEqual(["stream stdout: sum 6\n", "stream stderr: to stderr\n"]);
    expect(await db.notebook.count({ where: { projectId: project.id } })).toBe(0);
  }, 120_000);

  it("exits 1 at a failing cell, naming it and its error, and the cells after it stay unrun; --allow-errors goes on as nbconvert's does", async () => {
    const file = await writeNotebook("failing", ["x = 1", "raise ValueError('boom')", "print('after')"]);
    const out = path.join(dir, "failing-out.ipynb");
    const failed = await cli(file, "--out", out);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toContain(`The run failed at cell 2 of ${file}: ValueError: boom`);
    expect(failed.stderr).toContain("  | raise ValueError('boom')");
    expect(summarizeOutputs(await readNotebook(out))).toEqual([[], ["error ValueError: boom"], []]);

    const allowed = await cli(file, "--out", out, "--allow-errors", "--keep");
    expect(allowed.code, allowed.stderr).toBe(0);
    const anchor = await runNbconvert({ file, out: path.join(dir, "failing-anchor.ipynb"), allowErrors: true });
    expect(anchor.code, anchor.stderr).toBe(0);
    expect(summarizeOutputs(await readNotebook(out))).toEqual(summarizeOutputs(await readNotebook(path.join(dir, "failing-anchor.ipynb"))));
    expect(await db.notebook.count({ where: { projectId: project.id } })).toBe(1); // --keep
  }, 120_000);

  it("says clearly what is wrong: a bad token, an unreachable studio, a missing or malformed file", async () => {
    const file = await writeNotebook("tiny", ["1 + 1"]);
    const refused = await runStudioCli(["notebook", "run", file], { MLSTUDIO_URL: studio.url, MLSTUDIO_API_TOKEN: "mls_not-a-real-token" });
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("refused the API token (401)") });
    const unreachable = await runStudioCli(["notebook", "run", file, "--server", "http://127.0.0.1:9", "--token", token]);
    expect(unreachable).toMatchObject({ code: 1, stderr: expect.stringContaining("Cannot reach the studio at http://127.0.0.1:9: start it with `npm start` or pass --server.") });
    expect(await cli(path.join(dir, "missing.ipynb"))).toMatchObject({ code: 2, stderr: expect.stringContaining("No such file") });
    const notJson = path.join(dir, "broken.ipynb");
    await writeFile(notJson, "{ not json");
    expect(await cli(notJson)).toMatchObject({ code: 2, stderr: expect.stringContaining("is not JSON") });
    expect(existsSync(path.join(dir, "tiny.nbconvert.ipynb"))).toBe(false);
  }, 60_000);
});
