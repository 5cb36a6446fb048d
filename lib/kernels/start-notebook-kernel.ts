// kernel:start from a browser: the notebook gets a kernel, now or when a worker can take it.
import type { TActor } from "@/lib/permissions";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { ensureKernelSession } from "./ensure-kernel-session";
import { findNotebookKernel } from "./notebook-kernel";

export async function startNotebookKernel(actor: TActor | null, notebookId: string) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", notebookId);
  await ensureKernelSession(notebook);
  return findNotebookKernel(notebook.id);
}
