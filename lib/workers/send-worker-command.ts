// Sends one command to a worker wherever it is connected (any replica, through the
// adapter) and waits for its ack. Never throws: an absent or silent worker is an answer too.
import { z } from "zod";
import { WORKER_COMMANDS, type TCommandAck, type TWorkerCommand, type TWorkerCommandPayload } from "@/lib/protocol";
import { getSocketServer } from "@/lib/server/publish";
import { workerRoom } from "./worker-rooms";

const ZCommandAck = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const DEFAULT_TIMEOUT_MS = 10_000;

export async function sendWorkerCommand<C extends TWorkerCommand>(
  workerId: string,
  command: C,
  payload: TWorkerCommandPayload<C>,
  options: { timeoutMs?: number } = {},
): Promise<TCommandAck<unknown>> {
  const io = getSocketServer();
  if (!io) return { ok: false, error: "The studio's socket server is not running." };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const checked = WORKER_COMMANDS[command].parse(payload); // our own bug if this throws
  return new Promise((resolve) => {
    io.of("/workers")
      .to(workerRoom(workerId))
      .timeout(timeoutMs)
      .emit(command, checked, (error: Error | null, responses: unknown[]) => {
        // Hello replaces an older socket of the same worker, so one answer is expected.
        const answer = responses?.[0];
        if (answer === undefined) {
          resolve({
            ok: false,
            error: error ? `The worker did not answer within ${Math.round(timeoutMs / 1000)} s.` : "The worker is not connected.",
          });
          return;
        }
        const parsed = ZCommandAck.safeParse(answer);
        resolve(parsed.success ? (parsed.data as TCommandAck<unknown>) : { ok: false, error: "The worker answered something unreadable." });
      });
  });
}
