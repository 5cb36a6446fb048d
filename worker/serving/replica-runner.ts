// The endpoint replicas this worker runs: one model-server process each, kept alive by its
// supervisor. A start is answered at once (loading a model takes seconds); every change of
// state goes to the studio through the outbox, which keeps it until acknowledged.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TReplicaStatus, TWorkerCommandPayload } from "@/lib/protocol";
import type { Outbox } from "../outbox";
import { pickFreeGpus } from "../pick-free-gpus";
import { ReplicaSupervisor } from "./replica-supervisor";

type TRunnerOptions = { outbox: Outbox; python: string; host: string; gpuIndexes: number[]; log: (line: string) => void };
type TReplica = { supervisor: ReplicaSupervisor; folder: string; gpus: number[] };

export class ReplicaRunner {
  private readonly replicas = new Map<string, TReplica>();

  constructor(private readonly options: TRunnerOptions) {}

  async start(payload: TWorkerCommandPayload<"replica:start">): Promise<TReplicaStatus> {
    const running = this.replicas.get(payload.replicaId);
    // Sent again after a reconnect: the one running goes on.
    if (running) return running.supervisor.status();
    const taken = [...this.replicas.values()].flatMap((r) => r.gpus);
    const gpus = pickFreeGpus(this.options.gpuIndexes, taken, payload.gpus);
    const folder = await mkdtemp(path.join(os.tmpdir(), "mlstudio-replica-"));
    const modelFile = path.join(folder, payload.fileName);
    await writeFile(modelFile, Buffer.from(payload.file, "base64"));
    const log = (line: string) => this.options.log(`replica ${payload.replicaId}: ${line}`);
    const supervisor = new ReplicaSupervisor({
      replicaId: payload.replicaId,
      python: this.options.python,
      modelFile,
      flavor: payload.flavor,
      signature: payload.signature,
      host: this.options.host,
      secret: payload.secret,
      env: { ...process.env, CUDA_VISIBLE_DEVICES: gpus.join(",") },
      onStatus: (status) => this.options.outbox.push("replica:status", status),
      log,
    });
    this.replicas.set(payload.replicaId, { supervisor, folder, gpus });
    // Its failure is reported through onStatus (crashed, with the reason).
    supervisor.start().catch((error: Error) => log(`could not start: ${error.message}`));
    return supervisor.status();
  }

  async stop({ replicaId }: { replicaId: string }) {
    const replica = this.replicas.get(replicaId);
    if (!replica) return;
    this.replicas.delete(replicaId);
    await replica.supervisor.stop();
    await rm(replica.folder, { recursive: true, force: true });
  }

  list() {
    return [...this.replicas.values()].map(({ supervisor }) => {
      const { replicaId, state } = supervisor.status();
      return { replicaId, state };
    });
  }

  async stopAll() {
    await Promise.allSettled([...this.replicas.keys()].map((replicaId) => this.stop({ replicaId })));
  }
}
