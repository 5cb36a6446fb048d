/** GET a studio route as the signed-in browser; a refusal throws with the route's message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `The studio answered ${response.status}.`);
  return body;
}
