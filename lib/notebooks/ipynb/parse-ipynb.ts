// Reads a .ipynb someone brings: JSON, nbformat 4, checked against nbformat's own schema
// (see NBFORMAT-SCHEMA-LICENSE.md), so what Jupyter accepts is accepted here and a broken
// file is refused with where it breaks. Minors before 4.5 are upgraded first, as nbformat
// does, by giving cells ids; their schemas differ from 4.5's only in those ids and in
// optional metadata fields, so the one 4.5 schema serves every 4.x (later minors too).
import { randomBytes } from "node:crypto";
import Ajv from "ajv-draft-04";
import { AppError } from "@/lib/errors";
import type { TIpynbNotebook } from "./ipynb-types";
import { describeSchemaError } from "./describe-schema-error";
import schema from "./nbformat.v4.5.schema.json";

// Discriminators make a broken cell or output report what is wrong with it as its own kind
// (a code cell's source), instead of everything each kind that oneOf tried disliked.
const SCHEMA = {
  ...schema,
  definitions: {
    ...schema.definitions,
    cell: { ...schema.definitions.cell, discriminator: { propertyName: "cell_type" } },
    output: { ...schema.definitions.output, discriminator: { propertyName: "output_type" } },
  },
};
// Not strict: the official schema has a misspelt keyword ("item") that strict mode refuses.
let validate: ReturnType<Ajv["compile"]> | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Like nbformat's: eight hex digits. */
function newCellId(taken: Set<string>) {
  let id;
  do id = randomBytes(4).toString("hex");
  while (taken.has(id));
  taken.add(id);
  return id;
}

function readJson(file: string) {
  try {
    return JSON.parse(file) as unknown;
  } catch {
    throw new AppError("bad_input", "The file is not JSON, so it is not a Jupyter notebook.");
  }
}

function upgradeToMinor5(notebook: Record<string, unknown>) {
  const { nbformat_minor: minor, cells } = notebook;
  if (typeof minor !== "number" || minor >= 5 || !Array.isArray(cells)) return notebook;
  const taken = new Set<string>();
  return { ...notebook, nbformat_minor: 5, cells: cells.map((cell) => (isObject(cell) && !("id" in cell) ? { ...cell, id: newCellId(taken) } : cell)) };
}

/** nbformat asks for ids unique within the notebook; like nbformat, repeated ones are renewed. */
function renewRepeatedIds(notebook: TIpynbNotebook) {
  const taken = new Set(notebook.cells.map((cell) => cell.id));
  const seen = new Set<string>();
  for (const cell of notebook.cells) {
    if (seen.has(cell.id)) cell.id = newCellId(taken);
    seen.add(cell.id);
  }
  return notebook;
}

/** The notebook as nbformat 4.5, from a file's text or its parsed JSON; a clear 422 otherwise. */
export function parseIpynb(input: { notebook: string | Record<string, unknown> }): TIpynbNotebook {
  const parsed = typeof input.notebook === "string" ? readJson(input.notebook) : input.notebook;
  if (!isObject(parsed)) throw new AppError("bad_input", "The file is not a Jupyter notebook: it holds no JSON object.");
  const version = parsed.nbformat;
  if (typeof version === "number" && version < 4) {
    throw new AppError("bad_input", `This notebook is in nbformat ${version}, which is too old: only nbformat 4 can be imported. Open and save it in Jupyter to upgrade it.`);
  }
  if (typeof version === "number" && version > 4) throw new AppError("bad_input", `This notebook is in nbformat ${version}; only nbformat 4 can be imported.`);
  const notebook = upgradeToMinor5(parsed);
  validate ??= new Ajv({ strict: false, discriminator: true }).compile(SCHEMA);
  if (!validate(notebook)) throw new AppError("bad_input", `Not a valid Jupyter notebook: ${describeSchemaError(validate.errors ?? [])}.`);
  return renewRepeatedIds(notebook as unknown as TIpynbNotebook);
}
