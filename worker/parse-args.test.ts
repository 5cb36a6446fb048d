import { describe, expect, it } from "vitest";
import { parseWorkerArgs } from "./parse-args";

describe("parseWorkerArgs", () => {
  it("reads the flags, with the token from the environment as an alternative", () => {
    expect(parseWorkerArgs(["--server", "http://studio:3000", "--token", "mlw_abc", "--pool", "2", "--name", "gpu-1"], {})).toEqual({
      server: "http://studio:3000",
      token: "mlw_abc",
      pool: 2,
      name: "gpu-1",
      python: "/usr/bin/python3",
    });
    expect(parseWorkerArgs(["--server", "http://studio:3000"], { STUDIO_WORKER_TOKEN: "mlw_env", STUDIO_PYTHON: "/opt/py" })).toMatchObject({
      token: "mlw_env",
      pool: 1,
      python: "/opt/py",
    });
  });

  it("explains what is wrong, with the usage", () => {
    expect(() => parseWorkerArgs(["--token", "mlw_abc"], {})).toThrow(/--server must be the studio's URL[\s\S]*Usage: npm run worker/);
    expect(() => parseWorkerArgs(["--server", "http://s", "--token", "mls_api"], {})).toThrow(/worker token \(mlw_…\)/);
    expect(() => parseWorkerArgs(["--server", "http://s", "--token", "mlw_a", "--pool", "-1"], {})).toThrow();
    expect(() => parseWorkerArgs(["--bogus"], {})).toThrow();
  });
});
