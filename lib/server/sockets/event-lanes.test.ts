import { describe, expect, it } from "vitest";
import { EventLanes } from "./event-lanes";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("EventLanes", () => {
  it("keeps arrival order within a lane and lets another lane pass", async () => {
    const lanes = new EventLanes<"output" | "status">();
    const order: string[] = [];
    const slowStatus = deferred();
    const status = lanes.run(["status"], async () => {
      await slowStatus.promise;
      order.push("busy");
    });
    const first = lanes.run(["output"], async () => void order.push("output 1"));
    const second = lanes.run(["output"], async () => void order.push("output 2"));
    await Promise.all([first, second]);
    expect(order).toEqual(["output 1", "output 2"]);
    // An event of both lanes waits for both.
    const done = lanes.run(["output", "status"], async () => void order.push("done"));
    slowStatus.resolve();
    await Promise.all([status, done]);
    expect(order).toEqual(["output 1", "output 2", "busy", "done"]);
  });

  it("goes on after a failed event", async () => {
    const lanes = new EventLanes<"a">();
    await expect(lanes.run(["a"], async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await lanes.run(["a"], async () => "next")).toBe("next");
  });
});
