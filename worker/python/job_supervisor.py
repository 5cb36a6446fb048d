"""Runs a training job's command, and stops it when the worker that started it is gone.

    python job_supervisor.py COMMAND

The worker starts this as the leader of the job's process group, with a pipe on stdin that it
never writes to. The command runs in `/bin/bash -c COMMAND`, in the same group. When stdin
ends (the worker exited, or was killed and the kernel closed its end), every process of the
group gets SIGTERM, then SIGKILL 5 s later, so that a job never outlives its worker and keeps
its GPUs. Otherwise it ends as the command ends: the same exit code, or the same signal.
"""

import os
import signal
import subprocess
import sys
import threading
import time

KILL_GRACE_S = 5.0


def stop_group_when_stdin_ends():
    # os.read, not sys.stdin: a daemon thread blocked in a buffered read aborts the
    # interpreter's shutdown ("could not acquire lock").
    while os.read(0, 65536):
        pass
    os.killpg(0, signal.SIGTERM)
    time.sleep(KILL_GRACE_S)
    os.killpg(0, signal.SIGKILL)


def main():
    # A cancel signals the whole group: the command decides what SIGTERM means, and this
    # process reports how it ended. A handler (unlike SIG_IGN) is not inherited by the command.
    signal.signal(signal.SIGTERM, lambda *_: None)
    signal.signal(signal.SIGINT, lambda *_: None)
    threading.Thread(target=stop_group_when_stdin_ends, daemon=True).start()
    command = subprocess.Popen(["/bin/bash", "-c", sys.argv[1]], stdin=subprocess.DEVNULL)
    code = command.wait()
    if code < 0:  # killed by a signal: end the same way, for the worker to report it
        if -code != signal.SIGKILL:  # SIGKILL has no handler to reset
            signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    os._exit(code)


if __name__ == "__main__":
    main()
