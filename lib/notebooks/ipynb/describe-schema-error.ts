// One line that says where a notebook breaks nbformat's schema and how, from ajv's errors:
// "cells/3/source: must be string or array". ajv reports the first failing rule, with the
// alternatives of a oneOf tried before it: those on the same spot read as one sentence.
import type { ErrorObject } from "ajv";

// The kinds nbformat knows, for a cell or output of an unknown kind.
const KINDS: Record<string, string> = {
  cell_type: "code, markdown or raw",
  output_type: "stream, display_data, execute_result or error",
};

/** A JSON pointer ("/cells/3/outputs/0/data/image~1png") as a reader writes it. */
function toPath(pointer: string, ...more: string[]) {
  const parts = pointer.split("/").slice(1).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  return [...parts, ...more].join("/") || "notebook";
}

function inWords(types: string[]) {
  return types.length > 1 ? `${types.slice(0, -1).join(", ")} or ${types.at(-1)}` : types[0];
}

export function describeSchemaError(errors: ErrorObject[]): string {
  const first = errors[0];
  const { instancePath: at, params } = first;
  // A oneOf alternative that matched the type but failed inside ([1] for a list of lines)
  // says more than the alternatives' types do.
  const inside = errors.filter((error) => error.instancePath.startsWith(`${at}/`));
  if (first.keyword === "type" && inside.length > 0) return describeSchemaError(inside);
  switch (first.keyword) {
    case "type": {
      const types = errors.filter((e) => e.keyword === "type" && e.instancePath === at).map((e) => String(e.params.type));
      return `${toPath(at)}: must be ${inWords([...new Set(types)])}`;
    }
    case "required":
      return `${toPath(at, params.missingProperty)}: is required`;
    case "additionalProperties":
      return `${toPath(at, params.additionalProperty)}: is not allowed here`;
    case "enum":
      return `${toPath(at)}: must be ${inWords(params.allowedValues.map(String))}`;
    case "discriminator":
      return `${toPath(at, params.tag)}: must be ${KINDS[params.tag] ?? "one of the known kinds"}`;
    default:
      return `${toPath(at)}: ${first.message}`;
  }
}
