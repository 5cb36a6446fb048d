// Claims the team's jobs that can run now and starts them; tells waiting ones why they wait.
// Called when a job queues or ends, when a worker says hello, and on the reaper's tick.
import { claimQueuedJobs } from "./claim-queued-jobs";
import { launchJob } from "./launch-job";
import { publishJobState } from "./publish-job";

export async function scheduleQueuedJobs(teamId: string) {
  const { claimed, changedWaits } = await claimQueuedJobs(teamId);
  for (const jobId of changedWaits) await publishJobState(jobId);
  for (const claim of claimed) {
    // In the background: sending the files and starting the process takes a moment.
    launchJob(claim).catch((error) => console.error(`[jobs] could not launch job ${claim.jobId}`, error));
  }
  return claimed;
}
