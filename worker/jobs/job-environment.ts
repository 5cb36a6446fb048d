// What a job's process sees: the worker's environment less its secret, the job's own
// variables, and what makes it a studio job: the worker's Python first on PATH, the mlstudio
// SDK importable, its GPUs alone visible, and the studio's address for the SDK.
import path from "node:path";
import { fileURLToPath } from "node:url";

const SDK_PATH = fileURLToPath(new URL("../python/sdk", import.meta.url));
/** The worker's token lets whoever holds it act as this worker: user code must not read it. */
const WORKER_SECRETS = ["STUDIO_WORKER_TOKEN"];

type TJobEnvironmentOptions = {
  jobEnv: Record<string, string>;
  /** The folder with the `python` launchers. */
  bin: string;
  gpuIndexes: number[];
  serverUrl: string;
  base?: NodeJS.ProcessEnv;
};

export function buildJobEnvironment(options: TJobEnvironmentOptions): NodeJS.ProcessEnv {
  const base = { ...(options.base ?? process.env) };
  for (const name of WORKER_SECRETS) delete base[name];
  const env = { ...base, ...options.jobEnv };
  const prepend = (first: string, rest: string | undefined) => (rest ? `${first}${path.delimiter}${rest}` : first);
  return {
    ...env,
    PATH: prepend(options.bin, env.PATH),
    // Without it Python buffers a pipe's output in 8 KB blocks: no live log, and a crash loses the tail.
    PYTHONUNBUFFERED: "1",
    PYTHONPATH: prepend(SDK_PATH, env.PYTHONPATH),
    // Empty for a CPU job: it must not take a GPU that another job was given.
    CUDA_VISIBLE_DEVICES: options.gpuIndexes.join(","),
    MLSTUDIO_URL: options.jobEnv.MLSTUDIO_URL ?? options.serverUrl,
  };
}
