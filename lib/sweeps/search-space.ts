import { z } from "zod";
// A job's own rules, since a sweep's params become a trial job's params.
import { PARAM_NAME_RULE, ZParamName, ZParamValue } from "@/lib/jobs/schemas";

export type TParamValue = z.infer<typeof ZParamValue>;
export type TParams = Record<string, TParamValue>;

const MAX_GRID_POINTS = 10_000;

const ZChoiceSpec = z.object({
  type: z.literal("choice"),
  values: z
    .array(ZParamValue)
    .min(1, "Give a choice at least one value.")
    .max(1000, "A choice has at most 1,000 values.")
    .refine((values) => new Set(values).size === values.length, "A choice's values must differ from each other."),
});

type TRange = { min: number; max: number; log: boolean };

function refineRange<T extends z.ZodType<TRange>>(schema: T) {
  return schema
    .refine((range) => range.min <= range.max, { message: "min must not be above max", path: ["min"] })
    .refine((range) => !range.log || range.min > 0, { message: "A log-scale range needs min above 0.", path: ["min"] });
}

const ZIntSpec = refineRange(z.object({ type: z.literal("int"), min: z.number().int(), max: z.number().int(), log: z.boolean().default(false) }));
const ZFloatSpec = refineRange(z.object({ type: z.literal("float"), min: z.number().finite(), max: z.number().finite(), log: z.boolean().default(false) }));

export const ZParamSpec = z.discriminatedUnion("type", [ZChoiceSpec, ZIntSpec, ZFloatSpec]);
export type TParamSpec = z.infer<typeof ZParamSpec>;

export const ZSearchSpace = z
  // Else a bad name is told as zod's "Invalid key in record".
  .record(ZParamName, ZParamSpec, { error: (issue) => (issue.code === "invalid_key" ? PARAM_NAME_RULE : undefined) })
  .refine((space) => Object.keys(space).length >= 1, "Give the sweep at least one param to search.")
  .refine((space) => Object.keys(space).length <= 30, "A sweep searches at most 30 params.");
export type TSearchSpace = z.infer<typeof ZSearchSpace>;

function gridValuesOf(name: string, spec: TParamSpec): TParamValue[] {
  if (spec.type === "choice") return spec.values;
  if (spec.type === "float") throw new Error(`A grid searches choices and int ranges: give "${name}" a list of values.`);
  return Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i);
}

/** Every point of the grid, the first param changing slowest, so that trial i of a grid sweep
 * is always the same point. */
export function gridOf(space: TSearchSpace): TParams[] {
  const entries = Object.entries(space);
  // Counted before any list is built, so that an int range of a billion fails fast.
  let size = 1;
  for (const [name, spec] of entries) {
    if (spec.type === "float") gridValuesOf(name, spec);
    size *= spec.type === "choice" ? spec.values.length : spec.max - spec.min + 1;
  }
  if (size > MAX_GRID_POINTS) {
    throw new Error(`The grid has ${size.toLocaleString("en-US")} points, over the 10,000 a grid sweep may have: narrow its ranges or use random or TPE search.`);
  }
  let points: TParams[] = [{}];
  for (const [name, spec] of entries) {
    const values = gridValuesOf(name, spec);
    points = points.flatMap((point) => values.map((value) => ({ ...point, [name]: value })));
  }
  return points;
}
