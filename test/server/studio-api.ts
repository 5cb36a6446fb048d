// The studio's REST API as a test calls it: with a bearer token, JSON both ways.
export function studioApi(url: () => string, token: () => string) {
  return async function api(path: string, body?: unknown) {
    const response = await fetch(`${url()}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token()}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

export const base64 = (text: string) => Buffer.from(text).toString("base64");
