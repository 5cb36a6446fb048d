"""Packing queued events into batches that the server takes: at most MAX_EVENTS_PER_BATCH
events and, unless one event alone is bigger, about TARGET_BATCH_BYTES of JSON."""

import json

from .wire import BATCH_VERSION, MAX_EVENTS_PER_BATCH, TARGET_BATCH_BYTES


def encode_event(event):
    # allow_nan=False: a NaN that slipped past the encoders fails here, not in the server's
    # parser; ASCII only, so that its length in characters is its length in bytes.
    return json.dumps(event, allow_nan=False, separators=(",", ":"))


def pack_first_batch(events, max_bytes=TARGET_BATCH_BYTES):
    """(count, JSON body) of the longest run of events from the front that fits one batch;
    at least one event, however big."""
    parts, size = [], 0
    for event in events[:MAX_EVENTS_PER_BATCH]:
        text = encode_event(event)
        if parts and size + len(text) + 1 > max_bytes:
            break
        parts.append(text)
        size += len(text) + 1
    return len(parts), f'{{"v":{BATCH_VERSION},"events":[{",".join(parts)}]}}'


def split_into_batches(events, max_bytes=TARGET_BATCH_BYTES):
    """All the events as consecutive batches (dicts), in order."""
    batches, start = [], 0
    while start < len(events):
        count, _ = pack_first_batch(events[start:], max_bytes)
        batches.append({"v": BATCH_VERSION, "events": events[start:start + count]})
        start += count
    return batches
