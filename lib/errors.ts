// One error type for everything a user may be told about. Anything else is unexpected:
// logged with a request id and shown as a generic message.
import { randomUUID } from "node:crypto";
import { z } from "zod";

export type TErrorCode = "bad_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "rate_limited";

const STATUS: Record<TErrorCode, number> = {
  bad_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
};

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly fieldErrors?: TFieldErrors,
    /** What the caller needs to resolve it, e.g. a conflict's current value. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return STATUS[this.code];
  }
}

export function badInput(error: z.ZodError) {
  const fieldErrors: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new AppError("bad_input", "Some fields need attention.", fieldErrors);
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error);
  return parsed.data;
}

export type TErrorBody = {
  code: TErrorCode | "internal";
  message: string;
  fieldErrors?: TFieldErrors;
  details?: Record<string, unknown>;
  requestId?: string;
};

/** Turns any thrown value into what a user may see; unexpected errors are logged. */
export function toErrorBody(error: unknown): { status: number; body: TErrorBody } {
  if (error instanceof AppError) {
    const { code, message, fieldErrors, details } = error;
    return { status: error.status, body: { code, message, fieldErrors, details } };
  }
  const requestId = randomUUID();
  console.error(`[request ${requestId}]`, error);
  return { status: 500, body: { code: "internal", message: "Something went wrong on our side.", requestId } };
}
