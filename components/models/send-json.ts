// PATCH and DELETE from our pages, read as postJson reads a POST (components/forms): the body on
// success, else the studio's error, so that useServerAction shows both kinds of request alike.
import { requestResult } from "@/components/forms/request-result";
import type { TActionResult } from "@/lib/http/define-action";

export async function sendJson<T>(method: "PATCH" | "DELETE", url: string, body?: unknown): Promise<TActionResult<T>> {
  const hasBody = body !== undefined;
  try {
    const response = await fetch(url, {
      method,
      headers: hasBody ? { accept: "application/json", "content-type": "application/json" } : { accept: "application/json" },
      body: hasBody ? JSON.stringify(body) : undefined,
    });
    return requestResult<T>(response.status, await response.json().catch(() => null));
  } catch {
    return requestResult<T>(0, null);
  }
}
