// The anchor that `studio notebook run` is held to: `jupyter nbconvert --to notebook
// --execute` on the same file, and an executed notebook's outputs as a person reads them
// (type and text; no ids, timestamps or image bytes), so that the two can be compared.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const PYTHON = process.env.STUDIO_PYTHON ?? "/usr/bin/python3";

const ZText = z.union([z.string(), z.array(z.string())]).transform((text) => [text].flat().join(""));
const ZOutput = z.discriminatedUnion("output_type", [
  z.object({ output_type: z.literal("stream"), name: z.string(), text: ZText }),
  z.object({ output_type: z.enum(["execute_result", "display_data"]), data: z.record(z.string(), z.unknown()) }),
  z.object({ output_type: z.literal("error"), ename: z.string(), evalue: z.string() }),
]);
const ZExecutedNotebook = z.looseObject({
  cells: z.array(z.looseObject({ cell_type: z.string(), outputs: z.array(ZOutput).optional() })),
});

/** Per code cell, one line per output; consecutive writes to one stream read as one. */
export function summarizeOutputs(notebook: unknown) {
  return ZExecutedNotebook.parse(notebook)
    .cells.filter((cell) => cell.cell_type === "code")
    .map((cell) => {
      const lines: string[] = [];
      let stream: { name: string; text: string } | null = null;
      for (const output of cell.outputs ?? []) {
        if (output.output_type === "stream" && stream?.name === output.name) {
          stream.text += output.text;
          lines[lines.length - 1] = `stream ${stream.name}: ${stream.text}`;
          continue;
        }
        stream = output.output_type === "stream" ? { name: output.name, text: output.text } : null;
        if (output.output_type === "stream") lines.push(`stream ${output.name}: ${output.text}`);
        else if (output.output_type === "error") lines.push(`error ${output.ename}: ${output.evalue}`);
        else {
          const plain = ZText.safeParse(output.data["text/plain"]);
          lines.push(`${output.output_type} [${Object.keys(output.data).sort().join(", ")}] ${plain.success ? plain.data : ""}`);
        }
      }
      return lines;
    });
}

export async function readNotebook(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

/** `jupyter nbconvert --to notebook --execute FILE --output OUT` (as `python3 -m nbconvert`). */
export function runNbconvert(options: { file: string; out: string; allowErrors?: boolean }) {
  const args = ["-m", "nbconvert", "--to", "notebook", "--execute", options.file, "--output-dir", path.dirname(options.out), "--output", path.basename(options.out)];
  if (options.allowErrors) args.push("--allow-errors");
  // The studio's kernels run with this too (it only silences a debugger warning).
  const child = spawn(PYTHON, args, { env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: "1" }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}
