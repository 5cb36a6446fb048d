"""One model, loaded once, served over HTTP/1.1 with keep-alive: an endpoint replica.

    python3 model_server.py --model FILE --flavor sklearn|xgboost|pytorch
        --signature-json JSON_OR_EMPTY --host 127.0.0.1 --port 0 [--secret SECRET]
        [--name NAME] [--exit-on-stdin-eof]

The secret may come in MODEL_SERVER_SECRET instead of --secret (another user can read a
command line, not an environment). Once the model is loaded and the socket bound, one line
goes to stdout: {"event": "ready", "port": P, "pid": N}; a model that cannot be loaded gives
{"event": "error", "message": "..."} and exit code 2. Nothing else is written to stdout.

Every request carries `X-Replica-Secret`, else 401.
  GET  /health  200 {"status": "ready"}
  POST /infer   an Open Inference Protocol (KServe V2) request:
                {"id"?, "inputs": [{"name", "shape", "datatype", "data": flat, row-major}],
                 "parameters"?: {"probabilities": true}}
                200 {"model_name", "id"?, "outputs": [{"name", "shape", "datatype", "data"}]}
Several inputs, or a DataFrame signature (several [-1] entries), give a pandas DataFrame with
one column per input, in the signature's order; one input is a numpy array of its shape (a
2-D one as wide as a DataFrame signature becomes that DataFrame). Bad input (and a model
raising ValueError or TypeError on it) is 400, a body over 32 MiB 413, anything else 500;
errors are {"error": "one line"}.
"""

import argparse
import gc
import hmac
import inspect
import json
import math
import os
import pickle
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pandas as pd

MAX_BODY_BYTES = 32 * 1024 * 1024
DTYPES = {
    "BOOL": np.bool_, "INT8": np.int8, "INT16": np.int16, "INT32": np.int32, "INT64": np.int64,
    "UINT8": np.uint8, "UINT16": np.uint16, "UINT32": np.uint32, "UINT64": np.uint64,
    "FP16": np.float16, "FP32": np.float32, "FP64": np.float64, "BYTES": object,
}
V2_KINDS = {"b": "BOOL", "i": "INT", "u": "UINT", "f": "FP"}


class BadInput(Exception):
    """The request's fault: answered 400 with this message."""


def one_line(error):
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:500]


def load_model(path, flavor):
    if flavor == "pytorch":
        return load_torch(path)
    try:
        import joblib
    except ImportError:  # joblib.dump is the SDK's choice when present; pickle otherwise
        with open(path, "rb") as file:
            model = pickle.load(file)
    else:
        model = joblib.load(path)
    if not callable(getattr(model, "predict", None)):
        raise TypeError(f"the file holds a {type(model).__name__}, which has no predict()")
    return model


def load_torch(path):
    import torch

    torch.set_num_threads(1)  # one request, one core: intra-op threads only add jitter here
    try:
        model = torch.jit.load(path, map_location="cpu")
    except Exception:  # not TorchScript: a whole module saved with torch.save
        # torch 2.6 made weights_only=True the default, which refuses a pickled module.
        options = {"weights_only": False} if "weights_only" in inspect.signature(torch.load).parameters else {}
        model = torch.load(path, map_location="cpu", **options)
    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"the file holds a {type(model).__name__}, not a torch module (a state_dict needs its class)")
    return model.eval()


def to_array(spec):
    """One V2 input as a numpy array of its shape and datatype."""
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise BadInput("each input needs a name, a shape, a datatype and data")
    name, shape, datatype, data = spec["name"], spec.get("shape"), spec.get("datatype"), spec.get("data")
    if datatype not in DTYPES:
        raise BadInput(f"input '{name}': unknown datatype {datatype!r} (one of {', '.join(DTYPES)})")
    if not isinstance(shape, list) or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise BadInput(f"input '{name}': shape must be a list of non-negative integers")
    if not isinstance(data, list):
        raise BadInput(f"input '{name}': data must be a list")
    try:
        array = np.array(data, dtype=DTYPES[datatype])
    except (TypeError, ValueError, OverflowError) as error:
        raise BadInput(f"input '{name}': data is not {datatype}: {one_line(error)}") from None
    if array.size != math.prod(shape):
        raise BadInput(f"input '{name}': shape {shape} needs {math.prod(shape)} values, data has {array.size}")
    if datatype == "BYTES":
        array = array.astype(str).astype(object)
    return array.reshape(shape)


def to_column(spec):
    array = to_array(spec)
    if array.ndim != 1 and not (array.ndim == 2 and array.shape[1] == 1):
        raise BadInput(f"input '{spec['name']}': a column must have shape [n] or [n, 1], not {list(array.shape)}")
    return array.reshape(-1)


class Predictor:
    """Turns a V2 request into the model's input, and what the model returns into V2 outputs."""

    def __init__(self, model, flavor, signature, name):
        self.model, self.flavor, self.name = model, flavor, name
        inputs = (signature or {}).get("inputs") or []
        outputs = (signature or {}).get("outputs") or []
        is_frame = len(inputs) > 1 and all(entry.get("shape") == [-1] for entry in inputs)
        self.columns = [str(entry["name"]) for entry in inputs] if is_frame else None
        self.output_name = str(outputs[0]["name"]) if outputs else "predict"

    def infer(self, request):
        if not isinstance(request, dict) or not isinstance(request.get("inputs"), list) or not request["inputs"]:
            raise BadInput("the body must be a JSON object with a non-empty list of inputs")
        x = self.assemble(request["inputs"])
        parameters = request.get("parameters") if isinstance(request.get("parameters"), dict) else {}
        outputs = [encode_output(self.output_name, self.predict(x))]
        if parameters.get("probabilities") is True and hasattr(self.model, "predict_proba"):
            outputs.append(encode_output("probabilities", np.asarray(call_model(self.model.predict_proba, x))))
        response = {"model_name": self.name, "outputs": outputs}
        if "id" in request:
            response["id"] = request["id"]
        return response

    def assemble(self, inputs):
        first = inputs[0]
        is_column = self.columns is not None and isinstance(first, dict) and first.get("name") in self.columns
        if len(inputs) == 1 and not is_column:
            array = to_array(first)
            if self.columns is not None and array.ndim == 2 and array.shape[1] == len(self.columns):
                return pd.DataFrame(array, columns=self.columns)  # a pipeline may pick columns by name
            return array
        columns = {}
        for spec in inputs:
            column = to_column(spec)
            if self.columns is not None and spec["name"] not in self.columns:
                raise BadInput(f"unknown input '{spec['name']}' (the model takes: {', '.join(self.columns)})")
            rows = len(next(iter(columns.values()), column))
            if len(column) != rows:
                raise BadInput(f"input '{spec['name']}' has {len(column)} rows, the inputs before it {rows}")
            columns[spec["name"]] = column
        for name in self.columns or []:
            if name not in columns:
                raise BadInput(f"missing input '{name}' (the model takes: {', '.join(self.columns)})")
        if self.columns is not None:  # the signature's order; pandas is 5x slower when given columns=
            columns = {name: columns[name] for name in self.columns}
        return pd.DataFrame(columns)

    def predict(self, x):
        if self.flavor != "pytorch":
            return np.asarray(call_model(self.model.predict, x))
        import torch

        values = x.to_numpy(dtype=np.float32) if isinstance(x, pd.DataFrame) else x
        try:
            tensor = torch.from_numpy(np.ascontiguousarray(values, dtype=np.float32))
        except (TypeError, ValueError) as error:
            raise BadInput(f"the input is not numeric: {one_line(error)}") from None
        with torch.no_grad():
            # A wrong width is a RuntimeError in torch ("shapes cannot be multiplied").
            result = call_model(self.model, tensor, also=(RuntimeError,))
        if isinstance(result, (tuple, list)):
            result = result[0]
        return result.detach().cpu().numpy()


def call_model(function, x, also=()):
    try:
        return function(x)
    except (ValueError, TypeError, *also) as error:
        text = str(error).strip()
        if isinstance(error, RuntimeError):  # TorchScript puts its traceback first, the message last
            text = text.splitlines()[-1] if text else ""
        raise BadInput(f"the model refused the input: {one_line(text)}") from None


def encode_output(name, array):
    kind = array.dtype.kind
    if kind in V2_KINDS:
        datatype = V2_KINDS[kind] + ("" if kind == "b" else str(array.dtype.itemsize * 8))
    else:  # strings, objects, dates: as text
        datatype, array = "BYTES", array.astype(str)
    data = array.reshape(-1).tolist()
    if kind == "f" and not np.isfinite(array).all():
        data = [value if math.isfinite(value) else None for value in data]  # JSON has no NaN
    return {"name": name, "shape": list(array.shape), "datatype": datatype, "data": data}


class ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    predictor = None  # set once the model is loaded
    secret = b""

    def setup(self):
        super().setup()
        # Without it a response written in one send still waits on the client's delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass  # a line per request costs more than the request; the gateway keeps the records

    def do_GET(self):
        if not self.is_authorized():
            return
        if self.path == "/health":
            return self.answer(200, {"status": "ready"})
        self.answer(404, {"error": f"no {self.path} here"})

    def do_POST(self):
        if not self.is_authorized():
            return
        if self.path != "/infer":
            return self.answer(404, {"error": f"no {self.path} here"}, close=True)
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if length < 0:  # chunked bodies are not read here: the gateway always sends a length
            return self.answer(411, {"error": "a Content-Length is required"}, close=True)
        if length > MAX_BODY_BYTES:
            return self.answer(413, {"error": f"the body is over {MAX_BODY_BYTES // (1024 * 1024)} MiB"}, close=True)
        try:
            request = json.loads(self.rfile.read(length))
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
            return self.answer(400, {"error": f"the body is not JSON: {one_line(error)}"})
        try:
            self.answer(200, self.predictor.infer(request))
        except BadInput as error:
            self.answer(400, {"error": str(error)})
        except Exception as error:  # the model's own failure: the replica stays up
            self.answer(500, {"error": f"{type(error).__name__}: {one_line(error)}"})

    def is_authorized(self):
        given = self.headers.get("X-Replica-Secret", "").encode("latin-1", "replace")
        if hmac.compare_digest(given, self.secret):
            return True
        self.answer(401, {"error": "a valid X-Replica-Secret header is required"}, close=True)
        return False

    def answer(self, status, payload, close=False):
        # One write, headers and body together: one packet for a small answer.
        body = json.dumps(payload, separators=(",", ":")).encode()
        head = f"HTTP/1.1 {status} {self.responses[status][0]}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        if close:  # a body we did not read may still be on its way: this connection is done
            head += "Connection: close\r\n"
            self.close_connection = True
        self.wfile.write(head.encode() + b"\r\n" + body)


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True  # an idle keep-alive connection must not hold the exit

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that hung up is no news
            super().handle_error(request, client_address)


def exit_when_stdin_closes():
    """The supervisor holds our stdin open: EOF means it is gone, and so is our reason to run."""
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    parser = argparse.ArgumentParser(description="Serve one model over HTTP (Open Inference Protocol).")
    parser.add_argument("--model", required=True)
    parser.add_argument("--flavor", required=True, choices=["sklearn", "xgboost", "pytorch"])
    parser.add_argument("--signature-json", default="")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--secret", default=os.environ.get("MODEL_SERVER_SECRET", ""))
    parser.add_argument("--name", default="model")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    args = parser.parse_args()
    if not args.secret:
        fail("no secret: give --secret or set MODEL_SERVER_SECRET")
    try:
        signature = json.loads(args.signature_json) if args.signature_json.strip() else None
    except ValueError as error:
        fail(f"--signature-json is not JSON: {one_line(error)}")
    try:
        ReplicaHandler.predictor = Predictor(load_model(args.model, args.flavor), args.flavor, signature, args.name)
    except Exception as error:
        kind = "a TorchScript or torch.save file" if args.flavor == "pytorch" else "a joblib or pickle file"
        fail(f"could not load {args.model} as a {args.flavor} model ({kind}): {type(error).__name__}: {one_line(error)}")
    ReplicaHandler.secret = args.secret.encode("latin-1", "replace")
    # The imports and the model are hundreds of thousands of objects that live as long as we
    # do: out of the collector's sight, a full collection no longer stalls a request for ms.
    gc.collect()
    gc.freeze()
    try:
        server = ReplicaServer((args.host, args.port), ReplicaHandler)
    except OSError as error:
        fail(f"could not listen on {args.host}:{args.port}: {one_line(error)}")
    if args.exit_on_stdin_eof:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    print(json.dumps({"event": "ready", "port": server.server_address[1], "pid": os.getpid()}), flush=True)
    server.serve_forever()


def fail(message):
    print(json.dumps({"event": "error", "message": message}), flush=True)
    sys.exit(2)


if __name__ == "__main__":
    main()
