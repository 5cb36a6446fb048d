// One test request from the console, as the browser sends it: the session cookie stands in for
// an API token at the gateway. The round trip is timed here, body read included.
import { inferencePath, type TInferenceProtocol } from "./endpoint-urls";

export type TTestAnswer = { status: number; statusText: string; roundTripMs: number; body: string };

/** Pretty JSON when the answer is JSON, else the text as it came. */
function prettify(text: string) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export async function sendTestRequest(input: { protocol: TInferenceProtocol; endpointName: string; body: string }): Promise<TTestAnswer> {
  const started = performance.now();
  const response = await fetch(inferencePath(input.protocol, input.endpointName), {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: input.body,
  });
  const text = await response.text();
  return { status: response.status, statusText: response.statusText, roundTripMs: performance.now() - started, body: prettify(text) };
}
