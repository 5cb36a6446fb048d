// A job runs in a process group of its own (spawned detached), led by its shell: a signal
// sent to the group reaches whatever the job started (data loader workers, a launcher's
// children), not only the shell.

/** Sends the signal to every process of the group; false when none is left. */
export function signalProcessGroup(groupId: number, signal: NodeJS.Signals | 0) {
  try {
    process.kill(-groupId, signal);
    return true;
  } catch (error) {
    // ESRCH: all gone. EPERM: the id now names someone else's group, so none of ours is left.
    if (["ESRCH", "EPERM"].includes((error as NodeJS.ErrnoException).code ?? "")) return false;
    throw error;
  }
}

export function isProcessGroupAlive(groupId: number) {
  return signalProcessGroup(groupId, 0);
}
