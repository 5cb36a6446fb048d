"""Which way events leave this process: the notebook kernel's display channel, or HTTP.

One transport per process, shared by its runs, so that their events stay in one order.
"""

import os
import sys

_transport = None


def get_transport():
    """The process's transport, made on first use: the kernel's inside an IPython kernel, else
    HTTP to MLSTUDIO_URL. MLSTUDIO_TRANSPORT=kernel|http overrides the choice."""
    global _transport
    if _transport is None:
        _transport = _make_transport(os.environ.get("MLSTUDIO_TRANSPORT", "").strip().lower())
    return _transport


def _make_transport(forced_kind):
    if forced_kind not in ("", "kernel", "http"):
        raise ValueError(f"mlstudio: MLSTUDIO_TRANSPORT is kernel or http, not {forced_kind!r}")
    shell = _find_kernel_shell()
    if forced_kind == "kernel" or (forced_kind == "" and shell is not None):
        if shell is None:
            raise RuntimeError("mlstudio: MLSTUDIO_TRANSPORT=kernel, but this is not an IPython kernel")
        from .transport_kernel import KernelTransport

        return KernelTransport(shell)

    from .transport_http import HttpTransport

    url, token = os.environ.get("MLSTUDIO_URL", "").strip(), os.environ.get("MLSTUDIO_API_TOKEN", "").strip()
    if not url or not token:
        raise ValueError(
            "mlstudio: outside a studio notebook, set MLSTUDIO_URL (e.g. http://localhost:3000) and "
            "MLSTUDIO_API_TOKEN (an API token from the studio) to send runs over HTTP"
        )
    return HttpTransport(url, token)


def _find_kernel_shell():
    """The IPython shell when this process is a Jupyter kernel, else None. IPython is not
    imported here: a kernel has always imported it already."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell if shell is not None and hasattr(shell, "kernel") else None


def finish_timeout_s():
    """How long finish() waits for queued events to be delivered: MLSTUDIO_FINISH_TIMEOUT
    seconds, 30 by default."""
    value = os.environ.get("MLSTUDIO_FINISH_TIMEOUT", "30")
    try:
        return max(0.0, float(value))
    except ValueError:
        raise ValueError(f"mlstudio: MLSTUDIO_FINISH_TIMEOUT is a number of seconds, not {value!r}") from None
