// The one error the inference gateway's request parsers throw. It carries the HTTP status
// the caller should see and a message that names what is wrong (the input, what was
// expected, what came), because a client debugging a 422 only ever sees this text.

/** 400: the body is not a JSON object; 413: too large; 415: a form we do not read
 * (binary tensor data); 422: well-formed JSON that is not a valid request for this model. */
export type TInferenceStatus = 400 | 413 | 415 | 422;

export class InferenceError extends Error {
  constructor(
    readonly status: TInferenceStatus,
    message: string,
    /** The input (tensor or column) at fault, when there is one: lets a UI point at it. */
    readonly input?: string,
  ) {
    super(message);
    this.name = "InferenceError";
  }
}

/** A 422 about one input: the message starts with the input's name so it is never lost. */
export function rejectInput(input: string, problem: string): InferenceError {
  return new InferenceError(422, `input '${input}' ${problem}`, input);
}

/** A short, safe rendering of a client's value for a message: never the whole of a big one. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  return String(value);
}

/** A shape as the messages print it: [3,5], [-1,4], []. */
export function formatShape(shape: readonly unknown[]): string {
  return `[${shape.join(",")}]`;
}

/** "1 value", "3 values": messages read as sentences. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
