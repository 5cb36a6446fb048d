"""The way out anywhere else: POST /api/v1/runs/events, from one background thread.

log() only appends to a queue; a daemon thread sends what has queued every ~100 ms (sooner
at 5,000 events), so training never waits on the network. When the server cannot be reached
the events are kept and retried; nothing is dropped unless the server refuses it for good.
"""

import http.client
import itertools
import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

from .batches import pack_first_batch

SEND_INTERVAL_S = 0.1
SEND_AT_EVENTS = 5_000
EVENTS_PER_POST = 50_000
MAX_QUEUED_EVENTS = 1_000_000
FULL_QUEUE_WAIT_S = 5.0
FIRST_RETRY_S = 0.1
MAX_RETRY_S = 5.0
REQUEST_TIMEOUT_S = 30.0
# Events that open and close runs are never held back by a full queue: a run must not be
# left "running" forever because its metrics overflowed.
ALWAYS_QUEUED_TYPES = frozenset({"start", "finish"})


class HttpTransport:
    """Queues events and POSTs them in batches from a background thread.

    Delivery:
    - unreachable server, 5xx or 429: one warning on stderr, the events are kept and the
      batch retried with backoff (0.1 s doubling to 5 s); a line says when it gets through.
    - any other 4xx: the server will never take that batch (bad token, invalid event): its
      error is printed on stderr and the batch dropped, so later batches can go.
    - backpressure: at most 1,000,000 events wait. When that many do, log() blocks for up to
      5 s for the thread to make room; if the server takes nothing in that time, events are
      dropped (counted and reported on stderr) until there is room again, so that a long
      outage does not stall training. Runs' start and finish events are always kept.
    """

    kind = "http"

    def __init__(self, url, api_token, max_queued_events=MAX_QUEUED_EVENTS):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"mlstudio: MLSTUDIO_URL is the studio's address, e.g. http://localhost:3000, not {url!r}")
        self.url = url.rstrip("/")
        self._endpoint = f"{self.url}/api/v1/runs/events"
        self._headers = {"Authorization": f"Bearer {api_token}", "Content-Type": "application/json"}
        self._max_queued_events = max_queued_events
        self._queue = deque()  # sent from the front; events leave it once the server has them
        self._replaceable = {}  # key -> an event in the queue, not yet taken, that a newer one overwrites
        self._changed = threading.Condition()
        self._drain_requests = 0
        self._last_post_at = 0.0
        self._retry_at = None  # set while the server cannot be reached
        self._retry_delay_s = FIRST_RETRY_S
        self._dropped_while_full = 0
        self._thread = None

    def send(self, event, replaces=None):
        """Queues an event. With `replaces` (a key), an event queued earlier under the same key
        and not yet taken for sending is overwritten instead of being sent as well."""
        with self._changed:
            queued = self._replaceable.get(replaces) if replaces is not None else None
            if queued is not None:
                queued.clear()
                queued.update(event)
                return
            if event["type"] not in ALWAYS_QUEUED_TYPES and not self._make_room():
                return
            self._queue.append(event)
            if replaces is not None:
                self._replaceable[replaces] = event
            if self._thread is None:
                self._thread = threading.Thread(target=self._deliver_forever, name="mlstudio-http", daemon=True)
                self._thread.start()
            if len(self._queue) == 1 or len(self._queue) >= SEND_AT_EVENTS:
                self._changed.notify_all()  # the thread sleeps with nothing queued, and waits for 5,000

    def deliver_all(self, timeout_s):
        """Waits until the server has every queued event, or timeout_s; False (and a warning)
        when some are still undelivered."""
        with self._changed:
            self._drain_requests += 1
            self._changed.notify_all()
            try:
                is_delivered = self._changed.wait_for(lambda: not self._queue, timeout=timeout_s)
            finally:
                self._drain_requests -= 1
            if not is_delivered:
                _warn(
                    f"{len(self._queue)} events not yet delivered to {self.url} after {timeout_s:g} s; they are lost "
                    "if this process exits now (MLSTUDIO_FINISH_TIMEOUT sets how long to wait)"
                )
            return is_delivered

    def _make_room(self):
        """Whether the queue has room for one more event, after waiting up to FULL_QUEUE_WAIT_S
        (only once per time the queue fills up)."""
        if self._has_room():
            if self._dropped_while_full:
                _warn(f"the queue has room again; {self._dropped_while_full} events were dropped while it was full")
                self._dropped_while_full = 0
            return True
        if not self._dropped_while_full and self._changed.wait_for(self._has_room, timeout=FULL_QUEUE_WAIT_S):
            return True
        if not self._dropped_while_full:
            _warn(f"{len(self._queue)} events wait for {self.url}; dropping new ones until it takes some")
        self._dropped_while_full += 1
        return False

    def _has_room(self):
        return len(self._queue) < self._max_queued_events

    def _deliver_forever(self):
        while True:
            with self._changed:
                while not self._is_batch_due():
                    self._changed.wait(self._seconds_until_due())
                candidates = list(itertools.islice(self._queue, EVENTS_PER_POST))
                # Taken for sending: a newer summary must queue anew, not overwrite what is sent.
                self._replaceable.clear()
            try:
                count, body = pack_first_batch(candidates)
            except ValueError as error:  # an event JSON cannot carry: the SDK's bug, and this thread must live on
                _warn(f"cannot encode an event ({error}); dropping {len(candidates)} events")
                self._on_done(len(candidates))
                continue
            self._post(count, body.encode())

    def _is_batch_due(self):
        if not self._queue:
            return False
        now = time.monotonic()
        if self._retry_at is not None:
            return now >= self._retry_at
        return len(self._queue) >= SEND_AT_EVENTS or self._drain_requests > 0 or now >= self._last_post_at + SEND_INTERVAL_S

    def _seconds_until_due(self):
        if not self._queue:
            return None  # until something is queued
        due_at = self._retry_at if self._retry_at is not None else self._last_post_at + SEND_INTERVAL_S
        return max(0.0, due_at - time.monotonic())

    def _post(self, count, body):
        request = urllib.request.Request(self._endpoint, data=body, headers=self._headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
                response.read()
        except urllib.error.HTTPError as error:
            message = _error_message(error)
            if error.code == 429 or error.code >= 500:
                self._on_unreachable(f"HTTP {error.code} {message}")
            else:
                _warn(f"the server refused {count} events (HTTP {error.code}): {message}; dropping them")
                self._on_done(count)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:  # refused, reset, timed out, cut off
            self._on_unreachable(str(getattr(error, "reason", error)))
        else:
            self._on_done(count)

    def _on_done(self, count):
        with self._changed:
            for _ in range(count):
                self._queue.popleft()
            if self._retry_at is not None:
                _warn(f"delivered to {self.url} again")
            self._retry_at = None
            self._retry_delay_s = FIRST_RETRY_S
            self._last_post_at = time.monotonic()
            self._changed.notify_all()  # for deliver_all and for log() calls waiting for room

    def _on_unreachable(self, reason):
        with self._changed:
            if self._retry_at is None:
                _warn(f"cannot reach {self.url}: {reason}; keeping {len(self._queue)} events and retrying")
            else:
                self._retry_delay_s = min(self._retry_delay_s * 2, MAX_RETRY_S)
            self._retry_at = time.monotonic() + self._retry_delay_s


def _error_message(error):
    """The server's {"error": "..."} message, else the start of its answer."""
    try:
        text = error.read().decode("utf-8", "replace")
    except OSError:
        return error.reason
    try:
        return str(json.loads(text)["error"])
    except (ValueError, KeyError, TypeError):
        return text[:500] or error.reason


def _warn(message):
    try:
        print(f"mlstudio: {message}", file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed while the process exits
        pass
