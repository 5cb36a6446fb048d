// Reads tasks exported from Label Studio (its JSON export, or a file written by
// exportLabelStudio) into items to add and results to keep. Everything is checked before
// anything is stored: one bad task fails the whole import with an error naming it, so an
// import never lands half.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { resultKindOf } from "@/lib/labeling/agreement/annotations-of";
import { resultFitsTemplate, TEMPLATE_MEDIA, ZResult, type TBox, type TLabel, type TLabelingTemplate, type TResult, type TSpan } from "@/lib/labeling/results";
import { LABEL_STUDIO_TYPES, UNSUPPORTED_LABEL_TYPE, ZLabelStudioChoices, ZLabelStudioRectangle, ZLabelStudioSpan, ZLabelStudioTask } from "./label-studio-schema";

/** An item as a Label Studio task describes it; an image's size is known only from its boxes. */
export type TImportedItemData = { kind: "image"; path: string; width?: number; height?: number } | { kind: "text"; text: string };
export type TImportedTask = { data: TImportedItemData; annotations: TResult[]; predictions: TResult[] };

/** Where in a task something is wrong, as a path and a sentence. */
class TaskIssue extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

export function parseLabelStudioTasks(json: unknown, template: TLabelingTemplate, labels: readonly TLabel[]): TImportedTask[] {
  const tasks = Array.isArray(json) ? json : isPlainObject(json) ? [json] : null;
  if (!tasks) throw new AppError("bad_input", "A Label Studio file holds a JSON array of tasks.");
  return tasks.map((task, index) => {
    try {
      return parseTask(task, template, labels);
    } catch (error) {
      if (!(error instanceof TaskIssue)) throw error;
      const where = error.path.length > 0 ? ` (${error.path.join(".")})` : "";
      throw new AppError("bad_input", `Task ${index + 1}${where}: ${error.message}`, { [[index, ...error.path].join(".")]: [error.message] });
    }
  });
}

function parseTask(input: unknown, template: TLabelingTemplate, labels: readonly TLabel[]): TImportedTask {
  // Label Studio also takes tasks written as bare data: { "image": "…" }.
  const task = parseWith(ZLabelStudioTask, isPlainObject(input) && !("data" in input) ? { data: input } : input, []);
  const text = readDataField(task.data, TEMPLATE_MEDIA[template]);
  const readAll = (field: "annotations" | "predictions") =>
    task[field].flatMap((annotation, index) =>
      annotation.was_cancelled ? [] : [readResult(annotation.result, [field, index, "result"], template, labels, text)],
    );
  const annotations = readAll("annotations");
  const predictions = readAll("predictions");
  if (TEMPLATE_MEDIA[template] === "text") return { data: { kind: "text", text }, annotations, predictions };
  const sized = [...task.annotations, ...task.predictions].flatMap(({ result }) => result).find((item) => typeof item.original_width === "number" && typeof item.original_height === "number");
  const size = sized ? parseWith(ZLabelStudioRectangle.pick({ original_width: true, original_height: true }), sized, []) : {};
  return { data: { kind: "image", path: text, width: size.original_width, height: size.original_height }, annotations, predictions };
}

/** The image path or text: the field named after the media, else the data's only string. */
function readDataField(data: Record<string, unknown>, media: "image" | "text"): string {
  const strings = Object.values(data).filter((field) => typeof field === "string");
  const value = data[media] ?? (strings.length === 1 ? strings[0] : undefined);
  if (typeof value !== "string" || (media === "image" && value.trim() === "")) throw new TaskIssue(["data", media], `The task's data has no ${media}.`);
  return value;
}

function readResult(items: z.infer<typeof ZLabelStudioTask>["annotations"][number]["result"], path: (string | number)[], template: TLabelingTemplate, labels: readonly TLabel[], text: string): TResult {
  const kind = resultKindOf(template);
  const expectedType = LABEL_STUDIO_TYPES[kind];
  const choices: string[] = [];
  const boxes: TBox[] = [];
  const spans: TSpan[] = [];
  items.forEach((item, index) => {
    const at = [...path, index];
    if (item.type === expectedType) {
      if (kind === "choices") choices.push(...parseWith(ZLabelStudioChoices, item, at).value.choices.filter((choice) => !choices.includes(choice)));
      else if (kind === "boxes") boxes.push(readBox(parseWith(ZLabelStudioRectangle, item, at).value, at));
      else spans.push(readSpan(parseWith(ZLabelStudioSpan, item, at).value, at, text));
    } else if (UNSUPPORTED_LABEL_TYPE.test(item.type)) {
      throw new TaskIssue([...at, "type"], `It holds ${item.type} results; this project takes ${expectedType}.`);
    }
    // Anything else (text areas, ratings, relations) carries no label and is left out.
  });
  const result = parseWith(ZResult, kind === "choices" ? { kind, choices } : kind === "boxes" ? { kind, boxes } : { kind, spans }, path);
  const misfit = resultFitsTemplate(result, template, [...labels]);
  if (misfit) throw new TaskIssue(path, misfit);
  return result;
}

/** Percent of the image to fractions, trimmed to the image (Label Studio lets boxes overhang). */
function readBox(value: z.infer<typeof ZLabelStudioRectangle>["value"], path: (string | number)[]): TBox {
  if (value.rotation && Math.abs(value.rotation) > 1e-6) throw new TaskIssue([...path, "value", "rotation"], "Rotated boxes cannot be imported.");
  let [x, y, width, height] = [value.x / 100, value.y / 100, value.width / 100, value.height / 100];
  if (x < 0) [width, x] = [width + x, 0];
  if (y < 0) [height, y] = [height + y, 0];
  if (x + width > 1) width = 1 - x;
  if (y + height > 1) height = 1 - y;
  if (!(width > 0 && height > 0)) throw new TaskIssue([...path, "value"], "The box lies outside its image or has no area.");
  return { label: value.rectanglelabels[0], x, y, width, height };
}

function readSpan(value: z.infer<typeof ZLabelStudioSpan>["value"], path: (string | number)[], text: string): TSpan {
  if (value.end <= value.start) throw new TaskIssue([...path, "value", "end"], "A span ends after it starts.");
  if (value.end > text.length) throw new TaskIssue([...path, "value", "end"], `The span ends at ${value.end}, after the text's ${text.length} characters.`);
  return { label: value.labels[0], start: value.start, end: value.end };
}

function parseWith<T extends z.ZodType>(schema: T, input: unknown, path: (string | number)[]): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new TaskIssue([...path, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))], issue.message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
