import { describe, expect, it } from "vitest";
import { parseRunArgs } from "./parse-run-args";

describe("parseRunArgs", () => {
  it("reads the flags, with the server and token from the environment, and writes beside FILE by default", () => {
    expect(parseRunArgs(["work/report.ipynb", "--token", "mls_abc"], { MLSTUDIO_URL: "http://studio:3000/" })).toEqual({
      file: "work/report.ipynb",
      out: "work/report.nbconvert.ipynb",
      server: "http://studio:3000",
      token: "mls_abc",
      allowErrors: false,
      keep: false,
    });
    const flags = ["a.ipynb", "--out", "b.ipynb", "--server", "http://s:1", "--project", "demo", "--timeout", "30", "--allow-errors", "--keep"];
    expect(parseRunArgs(flags, { MLSTUDIO_API_TOKEN: "mls_env" })).toEqual({
      file: "a.ipynb",
      out: "b.ipynb",
      server: "http://s:1",
      token: "mls_env",
      project: "demo",
      timeoutSeconds: 30,
      allowErrors: true,
      keep: true,
    });
    expect(parseRunArgs(["a.ipynb"], { MLSTUDIO_API_TOKEN: "mls_env" }).server).toBe("http://localhost:3000");
  });

  it("refuses bad usage with exit status 2, saying what is wrong, with the usage", () => {
    const refusal = (argv: string[]) => {
      try {
        parseRunArgs(argv, {});
      } catch (error) {
        return error as { exitCode: number; message: string; usage?: string };
      }
      throw new Error("accepted");
    };
    expect(refusal([])).toMatchObject({ exitCode: 2, message: expect.stringMatching(/Name the notebook/), usage: expect.stringMatching(/^Usage: npm run studio/) });
    expect(refusal(["a.ipynb"]).message).toMatch(/MLSTUDIO_API_TOKEN/);
    expect(refusal(["a.ipynb", "--token", "mlw_worker"]).message).toMatch(/--token/);
    expect(refusal(["a.ipynb", "--token", "mls_a", "--timeout", "1.5"]).message).toMatch(/whole seconds/);
    expect(refusal(["a.ipynb", "--token", "mls_a", "--server", "not a url"]).message).toMatch(/--server must be/);
    expect(refusal(["a.ipynb", "b.ipynb", "--token", "mls_a"]).message).toMatch(/One notebook at a time/);
    expect(refusal(["a.ipynb", "--bogus"]).exitCode).toBe(2);
  });
});
