"""Anchor for the kernel bridge's round trip: `1+1` through raw jupyter_client, no bridge.

Starts the same kernel the bridge starts (same command, same environment), and times
execute_request -> both execute_reply (shell) and status idle (IOPub), the same "done" the
bridge reports. Prints one JSON object: {"runs", "median_ms", "p90_ms", "samples_ms"}.

    /usr/bin/python3 worker/python/bench_raw_roundtrip.py [--runs 100] [--warmup 20] [--code '1+1']
"""
import argparse
import json
import os
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree by the import below
from kernel_bridge import OwnInterpreterSpecs  # noqa: E402  (the same kernel command as the bridge)


def time_execute(kc, code):
    """Milliseconds until the execute has both its reply and its status idle."""
    start = time.perf_counter()
    msg_id = kc.execute(code)
    has_reply = has_idle = False
    while not has_idle:
        msg = kc.get_iopub_msg(timeout=30)
        content = msg["content"]
        has_idle = msg["parent_header"].get("msg_id") == msg_id and content.get("execution_state") == "idle"
    while not has_reply:
        has_reply = kc.get_shell_msg(timeout=30)["parent_header"].get("msg_id") == msg_id
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--code", default="1+1")
    args = parser.parse_args()

    km = KernelManager(kernel_spec_manager=OwnInterpreterSpecs())
    km.start_kernel(env=dict(os.environ, PYDEVD_DISABLE_FILE_VALIDATION="1"))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        for _ in range(args.warmup):
            time_execute(kc, args.code)
        samples = [time_execute(kc, args.code) for _ in range(args.runs)]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    ordered = sorted(samples)
    print(json.dumps({
        "runs": args.runs,
        "median_ms": statistics.median(samples),
        "p90_ms": ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))],
        "samples_ms": samples,
    }))


if __name__ == "__main__":
    main()
