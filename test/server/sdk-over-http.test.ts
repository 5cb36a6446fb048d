// The mlstudio SDK in a plain Python process (no kernel), logging to the real studio server
// over HTTP with an API token, as from a laptop or a CI job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedApiToken, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { runPython } from "@/worker/sdk/sdk-test-support";
import { startStudio } from "./start-studio";

let studio: Awaited<ReturnType<typeof startStudio>>;
let token: string;
let project: { id: string; slug: string };

const TRAINING = `
import mlstudio, numpy as np, tempfile, os
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True)
with mlstudio.init(project=os.environ["PROJECT"], name="iris-logreg", params={"C": 1.0}, tags=["http"]) as run:
    for step in range(100):
        run.log({"loss": float("nan") if step == 50 else 1.0 / (step + 1)})
    model = LogisticRegression(max_iter=500).fit(X, y)
    run.log_confusion_matrix(y, model.predict(X))
    report = os.path.join(tempfile.mkdtemp(), "report.txt")
    open(report, "w").write("accuracy %.3f" % model.score(X, y))
    run.log_artifact(report)
    run.log_model(model, flavor="sklearn", signature=mlstudio.infer_signature(X, y))
    run.summary["accuracy"] = model.score(X, y)
print(run.id)
`;

beforeAll(async () => {
  studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  token = (await seedApiToken(member)).token;
  project = await seedProject(member.teamId);
}, 120_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await studio?.stop();
});

describe("the SDK over HTTP", () => {
  it("logs a whole training run: metrics with a NaN, a confusion matrix, a file, a model and its end", { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await runPython(TRAINING, { MLSTUDIO_URL: studio.url, MLSTUDIO_API_TOKEN: token, PROJECT: project.slug }).exited;
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const run = await db.run.findUniqueOrThrow({ where: { id: stdout.trim() }, include: { metrics: true, charts: true, artifacts: { orderBy: { path: "asc" } } } });
    expect(run).toMatchObject({ name: "iris-logreg", status: "FINISHED", projectId: project.id, params: { C: 1 }, tags: ["http"] });
    expect((run.summary as { accuracy: number }).accuracy).toBeGreaterThan(0.9);
    expect(run.metrics).toMatchObject([{ key: "loss", count: 100, nonFiniteCount: 1, lastValue: 0.01 }]);
    expect(run.charts).toMatchObject([{ kind: "CONFUSION", name: "confusion_matrix" }]);
    expect(run.artifacts.map((a) => a.path)).toEqual(["model/model.pkl", "report.txt"]);
    expect(run.artifacts[0].model).toMatchObject({ flavor: "sklearn", signature: { inputs: expect.any(Array), outputs: expect.any(Array) } });
  });

  it("says why when the token is refused, and stores nothing", { timeout: 60_000 }, async () => {
    const before = await db.run.count();
    const script = `import mlstudio\nrun = mlstudio.init(project="anything", name="refused")\nrun.log({"loss": 1})\nrun.finish()`;
    const { stderr } = await runPython(script, { MLSTUDIO_URL: studio.url, MLSTUDIO_API_TOKEN: "mls_not-a-token" }).exited;
    expect(stderr).toContain("Invalid or revoked API token.");
    expect(await db.run.count()).toBe(before);
  });
});
