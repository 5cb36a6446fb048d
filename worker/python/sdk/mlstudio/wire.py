"""The limits of the wire format, mirrored from lib/protocol/sdk-events.ts.

The server validates every batch against those schemas and refuses a whole batch for one bad
event, so the SDK checks the same limits where the user calls it, and fails there instead.
"""

SDK_MIME_TYPE = "application/vnd.mlstudio.v1+json"
BATCH_VERSION = 1

MAX_EVENTS_PER_BATCH = 100_000  # the schema's own limit
# The socket between worker and server takes messages up to 16e6 bytes, and a kernel's batch
# travels through it whole; HTTP allows 32 MiB. Batches aim below both, with room to spare.
TARGET_BATCH_BYTES = 12 * 2**20
# One artifact is one event, never split: its base64 (4/3 of the file) must fit one message.
MAX_ARTIFACT_BYTES = 11 * 2**20

MAX_NAME_LENGTH = 200  # run names, metric, histogram and confusion-matrix names, record keys
MAX_TAG_LENGTH = 100
MAX_TAGS = 100
MAX_LABELS = 1000
MAX_LABEL_LENGTH = 200
MAX_HISTOGRAM_BINS = 10_000
MAX_ARTIFACT_PATH_LENGTH = 500
MAX_STEP = 2**53 - 1  # JavaScript's Number.MAX_SAFE_INTEGER
MODEL_FLAVORS = ("sklearn", "pytorch", "xgboost")
