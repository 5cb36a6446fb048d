// Completions and hover help come from the kernel itself. Only an idle kernel is asked: a
// busy one answers after its cell finishes, too late for an editor; then the answer is empty.
import { z } from "zod";
import type { TActor } from "@/lib/permissions";
import { ZCompletion, ZInspection } from "@/lib/protocol";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { findCurrentSession } from "./notebook-kernel";

const ASK_TIMEOUT_MS = 5_000;

type TCodeAt = { notebookId: string; code: string; cursorPos: number };
export type TCompletion = z.infer<typeof ZCompletion>;
export type TInspection = z.infer<typeof ZInspection>;

async function askIdleKernel<T>(actor: TActor | null, input: TCodeAt, command: "kernel:complete" | "kernel:inspect", schema: z.ZodType<T>) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", input.notebookId);
  const session = await findCurrentSession(notebook.id);
  if (!session?.worker || session.state !== "IDLE") return null;
  const ack = await sendWorkerCommand(session.worker.id, command, { sessionId: session.id, code: input.code, cursorPos: input.cursorPos }, { timeoutMs: ASK_TIMEOUT_MS });
  if (!ack.ok) return null;
  const parsed = schema.safeParse(ack.data);
  return parsed.success ? parsed.data : null;
}

export async function completeCode(actor: TActor | null, input: TCodeAt): Promise<TCompletion> {
  const none = { matches: [], cursorStart: input.cursorPos, cursorEnd: input.cursorPos };
  return (await askIdleKernel(actor, input, "kernel:complete", ZCompletion)) ?? none;
}

export async function inspectCode(actor: TActor | null, input: TCodeAt): Promise<TInspection> {
  return (await askIdleKernel(actor, input, "kernel:inspect", ZInspection)) ?? { found: false, data: {} };
}
