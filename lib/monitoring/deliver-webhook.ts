// Posts an alert to a monitor's webhook: retried with backoff (1 s, 4 s, 16 s) when the
// receiver fails or cannot be reached, as webhook senders usually do; the outcome is kept
// on the alert.
const DELAYS_MS = [1000, 4000, 16_000];
const TIMEOUT_MS = 10_000;

export async function deliverWebhook(url: string, payload: unknown, delaysMs = DELAYS_MS): Promise<"DELIVERED" | "FAILED"> {
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "user-agent": "ml-studio-monitoring" }, body: JSON.stringify(payload), signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (response.ok) return "DELIVERED";
    } catch {
      // unreachable: tried again below
    }
    if (attempt < delaysMs.length) await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
  }
  return "FAILED";
}
