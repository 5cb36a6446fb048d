import { describe, expect, it } from "vitest";
import { parseWorkerArgs } from "./parse-args";

describe("parseWorkerArgs", () => {
  it("reads the flags, with the token from the environment as an alternative", () => {
    expect(parseWorkerArgs(["--server", "http://studio:3000", "--token", "mlw_abc", "--pool", "2", "--name", "gpu-1"], {})).toEqual({
      server: "http://studio:3000",
      token: "mlw_abc",
      pool: 2,
      jobs: 2,
      name: "gpu-1",
      python: "/usr/bin/python3",
      advertiseHost: "127.0.0.1",
    });
    expect(parseWorkerArgs(["--server", "http://studio:3000"], { STUDIO_WORKER_TOKEN: "mlw_env", STUDIO_PYTHON: "/opt/py", STUDIO_WORKER_ADVERTISE_HOST: "10.0.0.7" })).toMatchObject({
      token: "mlw_env",
      pool: 1,
      python: "/opt/py",
      advertiseHost: "10.0.0.7",
    });
    expect(parseWorkerArgs(["--server", "http://studio:3000", "--token", "mlw_abc", "--advertise-host", "gpu-1.lan"], {}).advertiseHost).toBe("gpu-1.lan");
  });

  it("reads the job slots from --jobs, else STUDIO_WORKER_JOBS, else 2", () => {
    const base = ["--server", "http://studio:3000", "--token", "mlw_abc"];
    expect(parseWorkerArgs([...base, "--jobs", "0"], { STUDIO_WORKER_JOBS: "5" }).jobs).toBe(0);
    expect(parseWorkerArgs(base, { STUDIO_WORKER_JOBS: "5" }).jobs).toBe(5);
    expect(parseWorkerArgs(base, { STUDIO_WORKER_JOBS: "" }).jobs).toBe(2);
    for (const jobs of ["", "x", "1.5", "257", "-1"]) {
      expect(() => parseWorkerArgs([...base, `--jobs=${jobs}`], {})).toThrow(/--jobs must be how many training jobs[\s\S]*Usage:/);
    }
    expect(() => parseWorkerArgs(base, { STUDIO_WORKER_JOBS: "two" })).toThrow(/--jobs must be/);
  });

  it("explains what is wrong, with the usage", () => {
    expect(() => parseWorkerArgs(["--token", "mlw_abc"], {})).toThrow(/--server must be the studio's URL[\s\S]*Usage: npm run worker/);
    expect(() => parseWorkerArgs(["--server", "http://s", "--token", "mls_api"], {})).toThrow(/worker token \(mlw_…\)/);
    expect(() => parseWorkerArgs(["--server", "http://s", "--token", "mlw_a", "--pool", "-1"], {})).toThrow();
    expect(() => parseWorkerArgs(["--bogus"], {})).toThrow();
  });
});
