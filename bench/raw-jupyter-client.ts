// The raw jupyter_client anchor (worker/python/bench_raw_roundtrip.py) kept running with its
// own warm kernel, so that a benchmark can take its samples in turns with the studio's.
import { spawn } from "node:child_process";
import readline from "node:readline";

type TRawOptions = { code?: string; until?: "done" | "result"; warmup?: number };

export async function startRawJupyterClient({ code = "1+1", until = "result", warmup = 20 }: TRawOptions = {}) {
  const python = process.env.STUDIO_PYTHON ?? "/usr/bin/python3";
  const args = ["worker/python/bench_raw_roundtrip.py", "--serve", "--code", code, "--until", until, "--warmup", String(warmup)];
  const child = spawn(python, args, { stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error("the raw jupyter_client anchor exited");
    return JSON.parse(value) as { ready?: true; samples_ms?: number[] };
  };
  await nextLine(); // {"ready": true}: kernel started and warmed up
  return {
    /** Milliseconds of `count` executes, one after the other. */
    async measure(count: number) {
      child.stdin.write(`${count}\n`);
      return (await nextLine()).samples_ms!;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin.end(); // the script shuts its kernel down when its input ends
      await exited;
    },
  };
}
