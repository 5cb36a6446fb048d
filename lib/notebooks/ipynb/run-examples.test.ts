// Every example notebook shipped with the studio runs top to bottom in a real Jupyter
// kernel (through the worker's kernel bridge, as a notebook does) without an error, shows
// its plots, and fits in half a minute on a small machine.
import { describe, expect, it } from "vitest";
import { startKernel } from "@/worker/kernels/kernel-bridge";
import type { TKernelOutput } from "@/lib/protocol";
import { NOTEBOOK_EXAMPLES } from "../examples";
import { parseIpynb } from "./parse-ipynb";
import { joinLines } from "./multiline-text";
import { readExampleNotebook } from "./read-example-notebook";

const BUDGET_MS = 30_000;

describe("the example notebooks", () => {
  it.each(NOTEBOOK_EXAMPLES.map((example) => example.slug))(
    "%s runs top to bottom without an error",
    async (slug) => {
      const notebook = parseIpynb({ notebook: await readExampleNotebook({ slug }) });
      const started = performance.now();
      const kernel = await startKernel({ log: () => {} });
      const outputs: TKernelOutput[] = [];
      try {
        for (const cell of notebook.cells) {
          if (cell.cell_type !== "code") continue;
          const result = await kernel.execute(joinLines(cell.source), (output) => outputs.push(output));
          const errors = outputs.filter((output) => output.msg_type === "error");
          expect(errors, `cell ${cell.id}`).toEqual([]);
          expect(result.status, `cell ${cell.id}`).toBe("ok");
        }
      } finally {
        await kernel.shutdown();
      }
      const images = outputs.filter((output) => output.msg_type === "display_data" && "image/png" in output.content.data);
      expect(images.length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    },
    BUDGET_MS * 2,
  );
});
