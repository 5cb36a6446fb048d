// A REST answer read as a server action's result, so that forms show its errors the same way
// (useServerAction): the body on success; else the studio's error, or one that says what happened.
import type { TErrorBody } from "@/lib/errors";
import type { TActionResult } from "@/lib/http/define-action";

const UNREACHABLE: TErrorBody = { code: "internal", message: "The studio could not be reached. Check the connection and try again." };

/** `status` 0: no answer came (the network, or the server is down). */
export function requestResult<T>(status: number, body: unknown): TActionResult<T> {
  if (status >= 200 && status < 300) return { ok: true, data: body as T };
  if (status === 0) return { ok: false, error: UNREACHABLE };
  const error = body as Partial<TErrorBody> | null;
  if (error && typeof error.message === "string") return { ok: false, error: { code: error.code ?? "internal", ...error, message: error.message } };
  return { ok: false, error: { code: "internal", message: `The studio answered ${status}.` } };
}

/** A JSON POST from our page: the session cookie and our origin go along. */
export async function postJson<T>(url: string, body: unknown = {}): Promise<TActionResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
    return requestResult<T>(response.status, await response.json().catch(() => null));
  } catch {
    return requestResult<T>(0, null);
  }
}
