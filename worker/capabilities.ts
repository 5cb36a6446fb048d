// What this machine offers, reported at every hello: hostname, cores, memory, GPUs (nvidia-smi,
// else PyTorch's view, else none), and the kernels' Python with its key packages, found by
// one subprocess of that Python.
import { execFile } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ZCapabilities, ZGpu, type TCapabilities } from "@/lib/protocol";
import { queryGpuList } from "./gpu-query";

const PROBE_SCRIPT = fileURLToPath(new URL("./python/probe_environment.py", import.meta.url));
// Importing torch and initialising CUDA can take a while on a big machine.
const PROBE_TIMEOUT_MS = 60_000;

const ZProbe = z.object({
  executable: z.string(),
  version: z.string(),
  packages: z.record(z.string(), z.string().nullable()),
  gpus: z.array(ZGpu).optional(),
  torchError: z.string().optional(),
});

function probePython(python: string, withTorchCuda: boolean) {
  const args = [PROBE_SCRIPT, ...(withTorchCuda ? ["--torch-cuda"] : [])];
  return new Promise<z.infer<typeof ZProbe> | { error: string }>((resolve) => {
    execFile(python, args, { timeout: PROBE_TIMEOUT_MS, maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) return resolve({ error: error.message });
      try {
        const parsed = ZProbe.safeParse(JSON.parse(stdout.trim().split("\n").at(-1) ?? ""));
        resolve(parsed.success ? parsed.data : { error: parsed.error.issues[0]?.message ?? "unreadable" });
      } catch {
        resolve({ error: `unreadable output: ${stdout.slice(0, 200)}` });
      }
    });
  });
}

export async function detectCapabilities(options: { python: string; jobSlots: number; hostname?: string; log?: (line: string) => void }): Promise<TCapabilities> {
  const log = options.log ?? console.warn;
  const nvidiaGpus = await queryGpuList();
  const probe = await probePython(options.python, nvidiaGpus.length === 0);
  if ("error" in probe) log(`could not inspect ${options.python} (kernels will not start until it works): ${probe.error}`);
  else if (probe.torchError) log(`PyTorch is installed but could not list GPUs: ${probe.torchError}`);
  const python = "error" in probe ? { executable: options.python, version: "unknown" } : { executable: probe.executable, version: probe.version };
  return ZCapabilities.parse({
    hostname: (options.hostname ?? os.hostname()).slice(0, 255),
    cpuCores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    gpus: nvidiaGpus.length ? nvidiaGpus : "error" in probe ? [] : (probe.gpus ?? []),
    python,
    packages: "error" in probe ? {} : probe.packages,
    jobSlots: options.jobSlots,
  });
}

/** Whether utilisation can be sampled with nvidia-smi (GPUs seen by PyTorch alone cannot). */
export async function hasNvidiaSmi() {
  return (await queryGpuList(2_000)).length > 0;
}
