// What a job's process sees: the worker's environment less its secret, the job's own
// variables, and what makes it a studio job: the worker's Python first on PATH, the mlstudio
// SDK importable, its GPUs alone visible, the studio's address for the SDK, and its share of
// the CPU cores for the numeric libraries' thread pools.
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
  /** The cores each of the worker's job slots may use. */
  threadsPerJob: number;
  base?: NodeJS.ProcessEnv;
};

// OpenMP (scikit-learn's gradient boosting, torch), OpenBLAS and MKL each start a thread per
// core: two jobs on two cores then fight over them (a 2 s fit took 100 s here).
const THREAD_POOL_VARIABLES = ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"];

export function buildJobEnvironment(options: TJobEnvironmentOptions): NodeJS.ProcessEnv {
  const base = { ...(options.base ?? process.env) };
  for (const name of WORKER_SECRETS) delete base[name];
  const env = { ...base, ...options.jobEnv };
  const prepend = (first: string, rest: string | undefined) => (rest ? `${first}${path.delimiter}${rest}` : first);
  const threads = Object.fromEntries(THREAD_POOL_VARIABLES.map((name) => [name, env[name] ?? String(options.threadsPerJob)]));
  return {
    ...env,
    ...threads,
    PATH: prepend(options.bin, env.PATH),
    // Without it Python buffers a pipe's output in 8 KB blocks: no live log, and a crash loses the tail.
    PYTHONUNBUFFERED: "1",
    PYTHONPATH: prepend(SDK_PATH, env.PYTHONPATH),
    // Empty for a CPU job: it must not take a GPU that another job was given.
    CUDA_VISIBLE_DEVICES: options.gpuIndexes.join(","),
    MLSTUDIO_URL: options.jobEnv.MLSTUDIO_URL ?? options.serverUrl,
  };
}
