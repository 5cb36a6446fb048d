"""run.summary: a run's final or best values, kept as a dict and sent on each change."""

from collections.abc import MutableMapping

from .encode import check_key, encode_json_value


class Summary(MutableMapping):
    """A dict of a run's headline values (best accuracy, final loss, ...), shown with the run.

        run.summary["best_acc"] = 0.97

    Values may be any JSON-like value (numpy ones included). Each change queues the whole
    summary, but changes made before the next delivery replace each other: a loop that
    updates it on every step still sends it once per batch. Keys cannot be removed once set.
    """

    def __init__(self, on_change):
        self._values = {}  # as given, to be read back
        self._encoded = {}  # as sent
        self._on_change = on_change

    def __getitem__(self, key):
        return self._values[key]

    def __setitem__(self, key, value):
        check_key(key, "the summary")
        self._values[key] = value
        self._encoded[key] = encode_json_value(value)
        self._on_change(dict(self._encoded))

    def __delitem__(self, key):
        # The studio merges each summary it is sent into the one it has: a key once sent stays.
        raise TypeError("mlstudio: a run's summary keeps its keys; set a new value instead")

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        return f"Summary({self._values!r})"
