import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commandParamNames, fillCommand } from "./job-command";

describe("fillCommand", () => {
  it("puts each param in its place, quoted so the shell sees exactly the value", () => {
    const params = { lr: 0.01, name: "it's a; rm -rf /", flag: true };
    const command = fillCommand("printf '%s|' {lr} {name} {flag} {missing}", params);
    expect(command).toBe("printf '%s|' 0.01 'it'\\''s a; rm -rf /' true {missing}");
    expect(execFileSync("/bin/bash", ["-c", command]).toString()).toBe("0.01|it's a; rm -rf /|true|{missing}|");
  });

  it("names the params a command uses, once each", () => {
    expect(commandParamNames("python train.py --lr {lr} --lr2 {lr} --epochs {epochs} {9x}")).toEqual(["lr", "epochs"]);
  });
});
