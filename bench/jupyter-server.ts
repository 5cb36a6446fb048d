// The Jupyter Server anchor: Debian's jupyter_server as a person would start it (default
// settings, so its IOPub rate limits stand), driven from Node by JupyterLab's own client
// library, @jupyterlab/services, over the kernel WebSocket.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { KernelManager, ServerConnection, type Kernel, type KernelMessage } from "@jupyterlab/services";
import WebSocket from "ws";
import { freePort, startProcess } from "./processes";

export async function startJupyterServer() {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const home = await mkdtemp(path.join(os.tmpdir(), "bench-jupyter-"));
  const python = process.env.STUDIO_PYTHON ?? "/usr/bin/python3";
  // A private config, data and runtime folder: nobody's settings change the anchor.
  const server = startProcess(python, ["-m", "jupyter_server", "--no-browser", "--ServerApp.ip=127.0.0.1", `--port=${port}`, `--ServerApp.token=${token}`, `--ServerApp.root_dir=${home}`, ...(process.getuid?.() === 0 ? ["--allow-root"] : [])], {
    JUPYTER_CONFIG_DIR: home,
    JUPYTER_DATA_DIR: home,
    JUPYTER_RUNTIME_DIR: home,
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  });
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while ((await fetch(`${base}api/status?token=${token}`).then((r) => r.status, () => 0)) !== 200) {
    if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(`Jupyter Server did not start:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const serverSettings = ServerConnection.makeSettings({ baseUrl: base, wsUrl: `ws://127.0.0.1:${port}/`, token, WebSocket: WebSocket as never });
  const kernels = new KernelManager({ serverSettings });
  await kernels.ready;
  return {
    async startKernel() {
      const kernel = await kernels.startNew({ name: "python3" });
      await kernel.info; // connected and answering
      return kernel;
    },
    async stop() {
      kernels.dispose();
      const exited = new Promise((resolve) => server.child.once("exit", resolve));
      process.kill(-server.child.pid!, "SIGTERM"); // it shuts its kernels down
      await exited;
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Runs code to its end (reply and idle); onIOPub hears every IOPub message of it. */
export async function executeOnJupyter(kernel: Kernel.IKernelConnection, code: string, onIOPub: (message: KernelMessage.IIOPubMessage) => void = () => {}) {
  const future = kernel.requestExecute({ code }, true);
  future.onIOPub = onIOPub;
  const reply = await future.done;
  return reply.content.status;
}
