"""Anchor for the kernel bridge's round trip: `1+1` through raw jupyter_client, no bridge.

Starts the same kernel the bridge starts (same command, same environment), and times
execute_request -> both execute_reply (shell) and status idle (IOPub), the same "done" the
bridge reports; with --until result, execute_request -> its execute_result (what a browser
waits for), still draining the reply and idle before the next run. Prints one JSON object:
{"runs", "median_ms", "p90_ms", "samples_ms"}.

With --serve it keeps its kernel and reads counts on stdin instead, one a line, answering
each with a JSON line {"samples_ms": [...]}: so that a benchmark can interleave this anchor
with what it compares, in the same run, on the same warm kernel.

    /usr/bin/python3 worker/python/bench_raw_roundtrip.py [--runs 100] [--warmup 20] [--code '1+1']
        [--until done|result] [--serve]
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


def time_execute(kc, code, until):
    """Milliseconds until the execute has both its reply and its status idle (or its result)."""
    start = time.perf_counter()
    msg_id = kc.execute(code)
    elapsed = None
    has_reply = has_idle = False
    while not has_idle:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if until == "result" and msg["msg_type"] == "execute_result" and elapsed is None:
            elapsed = time.perf_counter() - start
        has_idle = msg["content"].get("execution_state") == "idle"
    while not has_reply:
        has_reply = kc.get_shell_msg(timeout=30)["parent_header"].get("msg_id") == msg_id
    if until == "result" and elapsed is None:
        raise RuntimeError(f"{code!r} gave no execute_result")
    return (elapsed if elapsed is not None else time.perf_counter() - start) * 1000


def serve(kc, args):
    for line in sys.stdin:
        samples = [time_execute(kc, args.code, args.until) for _ in range(int(line))]
        print(json.dumps({"samples_ms": samples}), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--code", default="1+1")
    parser.add_argument("--until", choices=["done", "result"], default="done")
    parser.add_argument("--serve", action="store_true")
    args = parser.parse_args()

    km = KernelManager(kernel_spec_manager=OwnInterpreterSpecs())
    km.start_kernel(env=dict(os.environ, PYDEVD_DISABLE_FILE_VALIDATION="1"))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        for _ in range(args.warmup):
            time_execute(kc, args.code, args.until)
        if args.serve:
            print(json.dumps({"ready": True}), flush=True)
            serve(kc, args)
            return
        samples = [time_execute(kc, args.code, args.until) for _ in range(args.runs)]
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
