// An endpoint's captured requests in [start, end): their inputs as columns, and the model's
// first output beside them as "prediction" (one value per row).
import { db } from "@/lib/db";

/** A window's rows, at most: a sampled share of traffic seldom comes near. */
const MAX_WINDOW_REQUESTS = 200_000;

export async function readCapturedColumns(endpointId: string, window: { start: Date; end: Date }) {
  const requests = await db.endpointRequest.findMany({
    where: { endpointId, status: 200, at: { gte: window.start, lt: window.end } },
    select: { inputs: true, outputs: true },
    orderBy: { id: "asc" },
    take: MAX_WINDOW_REQUESTS,
  });
  const columns: Record<string, unknown[]> = {};
  const append = (name: string, values: unknown) => {
    if (Array.isArray(values)) (columns[name] ??= []).push(...values);
  };
  let count = 0;
  for (const request of requests) {
    if (!request.inputs || typeof request.inputs !== "object") continue; // answered, not captured
    count += 1;
    for (const [name, values] of Object.entries(request.inputs)) append(name, values);
    const [prediction] = Object.values((request.outputs ?? {}) as Record<string, unknown>);
    append("prediction", prediction);
  }
  return { requests: count, columns };
}
