"""Kernel bridge: one real ipykernel, driven through jupyter_client, spoken to in JSON lines.

The worker (worker/kernels/kernel-bridge.ts) spawns this with the interpreter that has
ipykernel (Debian: /usr/bin/python3). One JSON object a line each way.

Requests on stdin, each with an "id" and a "type":
  execute {code, silent?, store_history?}   interrupt   restart   shutdown
  complete {code, cursor_pos}               inspect {code, cursor_pos, detail_level?}
Events on stdout:
  ready  {kernel_info, pid}                 after every (re)start
  iopub  {id, msg_type, content}            every IOPub message but status and execute_input
                                            (this bridge reads them; the worker has no use for
                                            them), none dropped; id is the request it belongs
                                            to (null if none known)
  reply  {id, msg_type, content}            shell replies but an execute's ("done" has its
                                            status and count); acks of interrupt/restart/shutdown
  done   {id, status, execution_count}      an execute has both its execute_reply and its
                                            status idle (they arrive in either order)
  dead   {reason}                           the kernel process died; executes in flight end
                                            with done status "dead"
  failed {id, message}                      a request that could not be carried out
"""
import asyncio
import json
import os
import signal
import stat
import sys
import threading
from collections import OrderedDict

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager

ROUTES_KEPT = 10_000  # parents still routable after they finish: threads print late
WATCH_INTERVAL_S = 0.1  # how soon a dead kernel is noticed
READY_ATTEMPT_S = 1.0  # kernel_info is resent this often until a full round trip succeeds
READY_TIMEOUT_S = 60.0
MAX_REQUEST_BYTES = 64 * 1024 * 1024  # a request line holds a cell's code (up to 5 MB), JSON-escaped


class OwnInterpreterSpecs(KernelSpecManager):
    """The kernel runs in this interpreter, whatever kernelspecs the machine has installed."""

    def get_kernel_spec(self, kernel_name):
        # Written out rather than taken from ipykernel.kernelspec: importing that imports
        # debugpy into the bridge, which costs start-up time and prints warnings.
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return self.kernel_spec_class(argv=argv, display_name="Python 3", language="python", resource_dir="")


class Pending:
    """A shell request waiting for its reply and its status idle."""

    def __init__(self, request_id, kind, ready=None):
        self.id, self.kind, self.ready = request_id, kind, ready
        self.reply = None
        self.idle = False


class Bridge:
    def __init__(self, out, stop):
        self.out, self.stop_bridge = out, stop
        self.km = AsyncKernelManager(kernel_spec_manager=OwnInterpreterSpecs())
        self.kc = None
        self.pending = {}  # shell msg_id -> Pending
        self.routes = OrderedDict()  # parent msg_id -> request id, for IOPub
        self.state = "starting"  # running | restarting | dead | stopped
        self.tasks = []
        self.channels = []  # (channel, its own asyncio socket, handler): read by read_waiting

    def emit(self, **event):
        line = json.dumps(event, default=str) + "\n"
        try:
            self.out.write(line)
            self.out.flush()
        except (BrokenPipeError, ValueError):  # ValueError: the file is already closed
            self.stop_bridge()  # the parent is gone: nobody to talk to

    async def start(self):
        # Kernels can `import mlstudio` (worker/python/sdk); a PYTHONPATH of the worker's own still follows it.
        sdk_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk")
        python_path = os.pathsep.join(filter(None, (sdk_path, os.environ.get("PYTHONPATH"))))
        env = dict(os.environ, PYDEVD_DISABLE_FILE_VALIDATION="1", PYTHONPATH=python_path)
        await self.km.start_kernel(env=env)
        self.kc = self.km.client()
        # Unlimited receive queues on our side, set before the channels' sockets exist: a
        # slow parent must delay IOPub, never let ZeroMQ drop it at its default limit of 1000.
        self.kc.context.setsockopt(zmq.RCVHWM, 0)
        self.kc.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=False)
        # The channels send and receive through plain (shadow) sockets, received by the event
        # loop's own callback, read_waiting: asyncio sockets make a future per message, which
        # put ~0.4 ms between the kernel's result and this bridge on a busy 2-core machine, and
        # would register a reader of their own on the same FD once used.
        loop = asyncio.get_running_loop()
        for channel, on_msg in ((self.kc.iopub_channel, self.on_iopub), (self.kc.shell_channel, self.on_shell)):
            self.channels.append((channel, channel.socket, on_msg))
            channel.socket = zmq.Socket.shadow(channel.socket.underlying)
            loop.add_reader(channel.socket.getsockopt(zmq.FD), self.read_waiting)
        self.tasks = [loop.create_task(self.watch_kernel())]
        await self.wait_ready()

    async def wait_ready(self):
        """Ready = a kernel_info round trip on shell AND its status on IOPub (so IOPub is
        connected and no early output is lost). Resent until it succeeds, as jupyter_client does."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_TIMEOUT_S
        while True:
            if not await self.km.is_alive():
                self.declare_dead(await self.exit_reason())
                return
            ready = loop.create_future()
            msg_id = self.kc.kernel_info()
            self.track(msg_id, None, "kernel_info", ready)
            try:
                info = await asyncio.wait_for(ready, READY_ATTEMPT_S)
                break
            except asyncio.TimeoutError:
                self.pending.pop(msg_id, None)
                if loop.time() > deadline:
                    self.declare_dead(f"the kernel did not answer within {READY_TIMEOUT_S:.0f} s")
                    return
        self.state = "running"
        self.emit(type="ready", kernel_info=info, pid=getattr(self.km.provisioner, "pid", None))

    def track(self, msg_id, request_id, kind, ready=None):
        """Called after every request sent on shell."""
        self.pending[msg_id] = Pending(request_id, kind, ready)
        self.routes[msg_id] = request_id
        while len(self.routes) > ROUTES_KEPT:
            self.routes.popitem(last=False)
        # A send may take the edge that ZeroMQ's FD would have signalled a waiting reply with.
        asyncio.get_running_loop().call_soon(self.read_waiting)

    def read_waiting(self):
        """Handles every message waiting on IOPub, then shell. A ZeroMQ FD signals an edge, not
        a level: each socket is read until its EVENTS say nothing is left."""
        session = self.kc.session
        for channel, _, on_msg in self.channels:
            socket = channel.socket
            while socket.getsockopt(zmq.EVENTS) & zmq.POLLIN:
                try:
                    _, parts = session.feed_identities(socket.recv_multipart(zmq.NOBLOCK))
                    msg = session.deserialize(parts)
                except zmq.Again:
                    break
                try:
                    on_msg(msg)
                except Exception as error:  # one odd message must not stop the ones after it
                    print(f"kernel bridge: skipped a {msg.get('msg_type')}: {error!r}", file=sys.stderr)

    def on_shell(self, msg):
        pending = self.pending.get(msg["parent_header"].get("msg_id"))
        if pending is None:
            return  # answers a request already given up on (restart, death)
        pending.reply = msg["content"]
        # Lines the worker would only skip cost it and this bridge time while the kernel runs.
        if pending.kind not in ("kernel_info", "execute"):
            self.emit(type="reply", id=pending.id, msg_type=msg["msg_type"], content=msg["content"])
        self.settle(msg["parent_header"]["msg_id"])

    def on_iopub(self, msg):
        parent = msg["parent_header"].get("msg_id")
        content = msg["content"]
        if msg["msg_type"] not in ("status", "execute_input"):
            self.emit(type="iopub", id=self.routes.get(parent), msg_type=msg["msg_type"], content=content)
        if msg["msg_type"] == "status" and content.get("execution_state") == "idle" and parent in self.pending:
            self.pending[parent].idle = True
            self.settle(parent)

    def settle(self, msg_id):
        pending = self.pending[msg_id]
        if pending.reply is None or not pending.idle:
            return
        del self.pending[msg_id]
        if pending.kind == "execute":
            reply = pending.reply
            self.emit(type="done", id=pending.id, status=reply.get("status", "error"), execution_count=reply.get("execution_count"))
        elif pending.kind == "kernel_info" and not pending.ready.done():
            pending.ready.set_result(pending.reply)

    async def watch_kernel(self):
        """Polls the process: a kernel that dies (os._exit, OOM kill) sends no message."""
        while True:
            await asyncio.sleep(WATCH_INTERVAL_S)
            self.read_waiting()  # should an edge have gone unseen
            if self.state == "running" and not await self.km.is_alive() and self.state == "running":
                self.declare_dead(await self.exit_reason())

    async def exit_reason(self):
        code = await self.km.provisioner.poll() if self.km.has_kernel else None
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else f"signal {-code}"
            return f"kernel killed by {name}"
        return f"kernel exited with code {code}"

    def declare_dead(self, reason):
        self.state = "dead"
        self.emit(type="dead", reason=reason)
        self.end_pending("dead", "the kernel died")

    def end_pending(self, status, message):
        """Requests the kernel will never answer: executes get done, the rest failed."""
        pending, self.pending = self.pending, {}
        for p in pending.values():
            if p.kind == "execute":
                self.emit(type="done", id=p.id, status=status, execution_count=None)
            elif p.kind != "kernel_info":  # wait_ready gives up on those by itself
                self.emit(type="failed", id=p.id, message=message)

    def send_now(self, request):
        """Carries out a request that needs no waiting (an execute, a completion, a refusal);
        False for those that do (restart, interrupt), which handle() awaits."""
        rid, kind = request.get("id"), request.get("type")
        if kind in ("restart", "interrupt"):
            return False
        if kind == "execute" and self.state == "dead":
            self.emit(type="done", id=rid, status="dead", execution_count=None)
        elif self.state != "running":
            self.emit(type="failed", id=rid, message=f"the kernel is {self.state}")
        elif kind == "execute":
            msg_id = self.kc.execute(
                request["code"],
                silent=request.get("silent", False),
                store_history=request.get("store_history", True),
                allow_stdin=False,
            )
            self.track(msg_id, rid, "execute")
        elif kind == "complete":
            self.track(self.kc.complete(request["code"], request["cursor_pos"]), rid, "complete")
        elif kind == "inspect":
            msg_id = self.kc.inspect(request["code"], request["cursor_pos"], request.get("detail_level", 0))
            self.track(msg_id, rid, "inspect")
        else:
            self.emit(type="failed", id=rid, message=f"unknown request type {kind!r}")
        return True

    async def handle(self, request):
        if self.send_now(request):
            return
        if request["type"] == "restart":
            await self.restart()
            if self.state != "running":
                raise RuntimeError("the restarted kernel did not come up")
            self.emit(type="reply", id=request.get("id"), msg_type="restart_reply", content={"status": "ok"})
        elif self.state != "running":
            self.emit(type="failed", id=request.get("id"), message=f"the kernel is {self.state}")
        else:  # interrupt
            await self.km.interrupt_kernel()
            self.emit(type="reply", id=request.get("id"), msg_type="interrupt_reply", content={"status": "ok"})

    async def restart(self):
        was_dead = self.state == "dead"
        self.state = "restarting"
        try:
            # Graceful unless already dead: shutdown_kernel interrupts, asks the kernel to
            # exit (atexit handlers run), and kills it only after shutdown_wait_time.
            await self.km.restart_kernel(now=was_dead)
        except Exception as error:
            self.declare_dead(f"the kernel could not be restarted: {error}")
            raise
        self.end_pending("aborted", "the kernel was restarted")
        await self.wait_ready()

    async def shutdown(self):
        if self.state == "stopped":
            return
        self.state = "stopped"
        self.end_pending("aborted", "the kernel was shut down")
        for task in self.tasks:
            task.cancel()
        for channel, owner, _ in self.channels:
            asyncio.get_running_loop().remove_reader(channel.socket.getsockopt(zmq.FD))
            channel.socket = owner  # the socket that closes it
        self.channels = []
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km.has_kernel:
            await self.km.shutdown_kernel(now=not await self.km.is_alive())


def open_protocol_stdout():
    """Keeps fd 1 for protocol lines alone: whatever else writes there (the kernel process
    inherits it, a library prints) goes to stderr, which the parent logs."""
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol


class Requests:
    """Requests in arrival order, served one at a time: a restart finishes before the next
    execute is sent. One that needs no waiting, arriving with nothing ahead of it, is carried
    out by the callback that read it: the serving task's wake-up was on the path of every cell."""

    def __init__(self, bridge):
        self.bridge = bridge
        self.queue = asyncio.Queue()
        self.is_serving_idle = False  # the serving task waits for a request: nothing is ahead

    def on_line(self, line):
        request = self.parse(line)
        if request is None:
            return
        if self.is_serving_idle and self.queue.empty() and request.get("type") != "shutdown":
            try:
                if self.bridge.send_now(request):
                    return
            except Exception as error:
                self.fail(request, error)
                return
        self.queue.put_nowait(request)

    def end(self):
        self.queue.put_nowait(None)

    def parse(self, line):
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not an object")
            return request
        except ValueError:
            self.bridge.emit(type="failed", id=None, message=f"malformed request: {line[:200]!r}")
            return None

    async def serve(self):
        while True:
            self.is_serving_idle = True
            request = await self.queue.get()
            self.is_serving_idle = False
            if request is None:
                return
            if request.get("type") == "shutdown":
                await self.bridge.shutdown()
                self.bridge.emit(type="reply", id=request.get("id"), msg_type="shutdown_reply", content={"status": "ok"})
                return
            try:
                await self.bridge.handle(request)
            except Exception as error:
                self.fail(request, error)

    def fail(self, request, error):
        """One bad request must not take the kernel down with it."""
        self.bridge.emit(type="failed", id=request.get("id"), message=f"{type(error).__name__}: {error}")


class StdinLines(asyncio.Protocol):
    """The usual stdin (the worker's pipe), read by the event loop itself: a request reaches
    the kernel without waking a thread or a task first, each of which cost time on a busy machine."""

    def __init__(self, requests):
        self.requests = requests
        self.buffer = bytearray()
        self.is_skipping = False  # the rest of an overlong line

    def data_received(self, data):
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            if not self.is_skipping:
                self.requests.on_line(bytes(self.buffer + data[start:end]) if self.buffer else data[start:end])
            self.buffer.clear()
            self.is_skipping = False
            start = end + 1
        if not self.is_skipping:
            self.buffer += data[start:]
        if len(self.buffer) > MAX_REQUEST_BYTES:
            self.requests.bridge.emit(type="failed", id=None, message=f"a request over {MAX_REQUEST_BYTES} bytes was skipped")
            self.buffer.clear()
            self.is_skipping = True

    def eof_received(self):
        self.requests.end()


def read_stdin_thread(loop, requests):
    """A thread, so that stdin may be a file or a terminal as well."""
    for line in sys.stdin.buffer:
        loop.call_soon_threadsafe(requests.on_line, line)
    loop.call_soon_threadsafe(requests.end)


async def main():
    loop = asyncio.get_running_loop()
    bridge = Bridge(open_protocol_stdout(), stop=lambda: requests.end())  # its parent is gone
    requests = Requests(bridge)
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, requests.end)
    mode = os.fstat(sys.stdin.fileno()).st_mode
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):  # Node's child pipes are socket pairs
        await loop.connect_read_pipe(lambda: StdinLines(requests), sys.stdin.buffer)
    else:
        threading.Thread(target=read_stdin_thread, args=(loop, requests), daemon=True).start()
    try:
        await bridge.start()
        await requests.serve()
    finally:
        await bridge.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
