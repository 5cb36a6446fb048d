// Round trip of a tiny cell through the Node bridge, beside its anchor: the same cell
// through raw jupyter_client (worker/python/bench_raw_roundtrip.py), same kernel, same
// machine, same definition of done (execute_reply and status idle).
//   npx tsx worker/kernels/measure-round-trip.ts [runs]
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { median, percentile, printTable } from "../../bench/stats";
import { startKernel, type TStartKernelOptions } from "./kernel-bridge";

const RAW_SCRIPT = fileURLToPath(new URL("../python/bench_raw_roundtrip.py", import.meta.url));
type TRoundTripOptions = { runs?: number; warmup?: number; code?: string; python?: string };

/** Milliseconds per execute through startKernel's bridge, one cell at a time. */
export async function measureBridgeRoundTrip({ runs = 100, warmup = 20, code = "1+1", python }: TRoundTripOptions = {}) {
  const options: TStartKernelOptions = { python };
  const kernel = await startKernel(options);
  try {
    for (let i = 0; i < warmup; i++) await kernel.execute(code, () => {});
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const { status } = await kernel.execute(code, () => {});
      samples.push(performance.now() - start);
      if (status !== "ok") throw new Error(`the measured cell ended ${status}`);
    }
    return samples;
  } finally {
    await kernel.shutdown();
  }
}

/** The anchor's samples, from the Python script's JSON. */
export async function measureRawRoundTrip({ runs = 100, warmup = 20, code = "1+1", python }: TRoundTripOptions = {}) {
  const interpreter = python ?? process.env.STUDIO_PYTHON ?? "/usr/bin/python3";
  const args = [RAW_SCRIPT, "--runs", String(runs), "--warmup", String(warmup), "--code", code];
  const { stdout } = await promisify(execFile)(interpreter, args);
  return (JSON.parse(stdout) as { samples_ms: number[] }).samples_ms;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 100);
  const bridge = await measureBridgeRoundTrip({ runs });
  const raw = await measureRawRoundTrip({ runs });
  printTable(`\`1+1\` round trip, ${runs} runs after warm-up (ms)`, [
    { path: "Node → kernel bridge → ipykernel", median: median(bridge).toFixed(2), p90: percentile(bridge, 90).toFixed(2) },
    { path: "anchor: raw jupyter_client (Python)", median: median(raw).toFixed(2), p90: percentile(raw, 90).toFixed(2) },
    { path: "ratio bridge / anchor", median: (median(bridge) / median(raw)).toFixed(2), p90: "" },
  ]);
}
