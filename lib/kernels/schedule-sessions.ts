// Claims what can run now and starts it; tells waiting notebooks why they wait. Called when
// a session queues, a worker says hello, a kernel stops, and on the reaper's tick.
import { claimQueuedSessions } from "./claim-queued-sessions";
import { launchSession } from "./launch-session";
import { publishKernel } from "./notebook-kernel";

export async function scheduleQueuedSessions(teamId: string) {
  const { claimed, waiting } = await claimQueuedSessions(teamId);
  for (const wait of waiting.filter((w) => w.isChanged)) {
    publishKernel(teamId, wait.notebookId, { state: "queued", workerHostname: null, reason: wait.reason });
  }
  for (const claim of claimed) {
    // In the background: a kernel start takes seconds, and nobody should wait on it here.
    launchSession(claim).catch((error) => console.error(`[kernels] could not launch session ${claim.sessionId}`, error));
  }
  return { claimed, waiting };
}
