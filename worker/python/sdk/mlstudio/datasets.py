"""Reading a dataset version of the team by name, from a training job or any Python process
given MLSTUDIO_URL and MLSTUDIO_API_TOKEN:

    df = mlstudio.dataset("churn", version=3)          # a table: a pandas DataFrame
    folder = mlstudio.dataset("street-scenes")          # images: a local folder of the files

Versions never change, so what is downloaded is kept in a cache (MLSTUDIO_CACHE, by default
~/.cache/mlstudio) and read from there the next time.
"""

import json
import os
import pathlib
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request

FILES_PER_PAGE = 500
REQUEST_TIMEOUT_S = 60.0


def _studio():
    url = os.environ.get("MLSTUDIO_URL", "").rstrip("/")
    token = os.environ.get("MLSTUDIO_API_TOKEN", "")
    if not url or not token:
        raise RuntimeError("mlstudio: reading a dataset needs MLSTUDIO_URL (the studio's address) and MLSTUDIO_API_TOKEN (from Settings → API tokens)")
    return url, token


def _open(path):
    url, token = _studio()
    request = urllib.request.Request(url + path, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    try:
        return urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S)
    except urllib.error.HTTPError as error:
        try:
            message = json.loads(error.read().decode("utf-8")).get("message")
        except ValueError:
            message = None
        raise RuntimeError(f"mlstudio: {message or f'the studio answered {error.code}'}") from None


def _get(path):
    with _open(path) as response:
        return json.loads(response.read().decode("utf-8"))


def _download(path, target):
    """Written whole or not at all: an interrupted download leaves no file behind."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with _open(path) as response, tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as partial:
        shutil.copyfileobj(response, partial)
    os.replace(partial.name, target)


def _find_version(name, version):
    found = _get("/api/v1/datasets?" + urllib.parse.urlencode({"name": name}))["datasets"]
    if not found:
        raise LookupError(f"mlstudio: the team has no dataset named {name!r}")
    dataset = _get(f"/api/v1/datasets/{found[0]['id']}")
    versions = {v["number"]: v for v in dataset["versions"]}
    number = version if version is not None else max(versions)
    if number not in versions:
        raise LookupError(f"mlstudio: {name!r} has no version {number} (it has {', '.join(f'v{n}' for n in sorted(versions))})")
    return dataset["id"], versions[number]


def _cache_dir(dataset_id, number):
    root = pathlib.Path(os.environ.get("MLSTUDIO_CACHE") or pathlib.Path.home() / ".cache" / "mlstudio")
    return root / "datasets" / dataset_id / f"v{number}"


def _download_files(dataset_id, number, folder):
    offset = 0
    while True:
        page = _get(f"/api/v1/datasets/{dataset_id}/versions/{number}/files?offset={offset}&limit={FILES_PER_PAGE}")
        for file in page["files"]:
            quoted = "/".join(urllib.parse.quote(part, safe="") for part in file["path"].split("/"))
            _download(f"/api/v1/datasets/{dataset_id}/versions/{number}/files/{quoted}", folder.joinpath(*file["path"].split("/")))
        offset += len(page["files"])
        if not page["files"] or offset >= page["total"]:
            return folder


def dataset(name, version=None, as_frame=True):
    """A dataset version of the team, by name (the latest version unless `version` is given).

    Tables and texts: a pandas DataFrame (as_frame=False: the path of its rows as JSON Lines).
    Images: the path of a local folder holding its files under their paths in the version.
    """
    dataset_id, found = _find_version(name, version)
    folder = _cache_dir(dataset_id, found["number"])
    if found["format"] == "images":
        return _download_files(dataset_id, found["number"], folder / "files")
    rows = folder / "rows.jsonl"
    _download(f"/api/v1/datasets/{dataset_id}/versions/{found['number']}/rows.jsonl", rows)
    if not as_frame:
        return rows
    import pandas

    return pandas.read_json(rows, lines=True, convert_dates=[c["name"] for c in found["columns"] if c["type"] == "datetime"])
