"""The way out inside a notebook's kernel: display messages with the SDK's MIME type, which
the worker forwards to the server with the cell's other outputs.

Everything happens on the caller's thread: a display from a background thread would be
attributed to whichever cell happens to be running then, not to the one that logged.
"""

import threading
import time

from .batches import split_into_batches
from .wire import SDK_MIME_TYPE

FLUSH_INTERVAL_S = 0.1
FLUSH_AT_EVENTS = 5_000


class KernelTransport:
    """Buffers events and displays them in batches: when ~100 ms have passed since the last
    batch (checked on each event), at 5,000 events, on request, and when a cell ends."""

    kind = "kernel"

    def __init__(self, shell):
        from IPython.display import display

        self._display = display
        self._events = []
        self._replaceable = {}  # key -> an event still in _events that a newer one may overwrite
        self._last_flush_at = 0.0
        self._lock = threading.RLock()  # a user's thread may log too; batches stay in order
        # What a cell logged reaches the studio when the cell ends, finished run or not.
        shell.events.register("post_execute", self.flush)

    def send(self, event, replaces=None):
        """Queues an event. With `replaces` (a key), an event queued earlier under the same key
        and not yet displayed is overwritten instead of being sent as well."""
        with self._lock:
            queued = self._replaceable.get(replaces) if replaces is not None else None
            if queued is not None:
                queued.clear()
                queued.update(event)
            else:
                self._events.append(event)
                if replaces is not None:
                    self._replaceable[replaces] = event
            if len(self._events) >= FLUSH_AT_EVENTS or time.monotonic() - self._last_flush_at >= FLUSH_INTERVAL_S:
                self.flush()

    def flush(self):
        """Displays everything queued, in order."""
        with self._lock:
            events, self._events = self._events, []
            self._replaceable.clear()
            self._last_flush_at = time.monotonic()
            for batch in split_into_batches(events):
                self._display({SDK_MIME_TYPE: batch}, raw=True)

    def deliver_all(self, timeout_s=None):
        """Displays everything queued. Always complete: a display is handed to the kernel at
        once; timeout_s is accepted so that both transports finish the same way."""
        self.flush()
        return True
