// The text of an example notebook shipped with the studio (examples/notebooks/<slug>.ipynb).
// Resolved from the working directory, as the migrations are: the studio runs from its root.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TExampleSlug } from "../examples";

const EXAMPLES_DIR = path.resolve("examples/notebooks");

export async function readExampleNotebook(input: { slug: TExampleSlug }) {
  return readFile(path.join(EXAMPLES_DIR, `${input.slug}.ipynb`), "utf8");
}
