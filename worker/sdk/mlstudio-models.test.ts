// run.log_model and mlstudio.infer_signature: a scikit-learn and a PyTorch model logged over
// HTTP, then loaded back from the bytes the server received, in another Python process.
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eventsOf, ofType, runPython } from "./sdk-test-support";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function startRecordingServer() {
  const batches: unknown[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      batches.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, batches };
}

describe("mlstudio models", () => {
  it("logs a scikit-learn and a PyTorch model with signatures, and they load back", async () => {
    const server = await startRecordingServer();
    const logging = await runPython(
      `
import numpy as np, pandas as pd, torch
from sklearn.linear_model import LogisticRegression
import mlstudio

X = pd.DataFrame({"a": np.arange(20.0), "b": np.arange(20) % 3})
y = (X["a"] > 9).astype("int64").rename("label")
classifier = LogisticRegression().fit(X.values, y)
net = torch.nn.Sequential(torch.nn.Linear(2, 1), torch.nn.ReLU())
with torch.no_grad():
    net[0].weight.fill_(0.5)
    net[0].bias.fill_(0.25)
with mlstudio.init(project="p") as run:
    run.log_model(classifier, signature=mlstudio.infer_signature(X, y))  # the flavor is guessed
    run.log_model(net, flavor="pytorch", signature=mlstudio.infer_signature(torch.ones(4, 2), net(torch.ones(4, 2))), name="nets/relu")
`,
      { MLSTUDIO_URL: server.url, MLSTUDIO_API_TOKEN: "t", MLSTUDIO_TRANSPORT: "" },
    ).exited;
    expect(logging.stderr).toBe("");
    expect(logging.code).toBe(0);

    const [classifier, net] = ofType(eventsOf(server.batches), "artifact");
    expect(classifier).toMatchObject({
      path: "model/model.pkl",
      model: {
        flavor: "sklearn",
        signature: {
          inputs: [
            { name: "a", type: "float64", shape: [-1] },
            { name: "b", type: "int64", shape: [-1] },
          ],
          outputs: [{ name: "label", type: "int64", shape: [-1] }],
        },
      },
    });
    expect(net).toMatchObject({
      path: "nets/relu/model.pt",
      model: { flavor: "pytorch", signature: { inputs: [{ name: "input", type: "float32", shape: [-1, 2] }], outputs: [{ name: "output", type: "float32", shape: [-1, 1] }] } },
    });

    const folder = await mkdtemp(path.join(tmpdir(), "mlstudio-models-"));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    await writeFile(path.join(folder, "model.pkl"), Buffer.from(classifier.data, "base64"));
    await writeFile(path.join(folder, "model.pt"), Buffer.from(net.data, "base64"));
    const loading = await runPython(
      `
import os, joblib, torch
folder = os.environ["MODELS"]
classifier = joblib.load(os.path.join(folder, "model.pkl"))
print(classifier.predict([[2.0, 2], [15.0, 0]]).tolist())
net = torch.jit.load(os.path.join(folder, "model.pt"))  # TorchScript: no Python class needed
print(net(torch.tensor([[1.0, 2.0], [-4.0, 0.0]])).flatten().tolist())
`,
      { MODELS: folder },
    ).exited;
    expect(loading.stderr).toBe("");
    expect(loading.stdout).toBe("[0, 1]\n[1.75, 0.0]\n");
  });
});
