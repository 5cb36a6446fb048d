import { once } from "node:events";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { TBridgeEvent } from "./bridge-messages";
import { parseBridgeLine, readBridgeEvents } from "./read-bridge-events";

describe("readBridgeEvents", () => {
  it("skips malformed lines and keeps reading the ones after them", async () => {
    const stdout = new PassThrough();
    const events: TBridgeEvent[] = [];
    const problems: string[] = [];
    const lines = readBridgeEvents(stdout, (e) => events.push(e), (_line, problem) => problems.push(problem));
    stdout.end(
      [
        "not json at all",
        JSON.stringify({ type: "done", id: "r1", status: "finished", execution_count: 1 }), // unknown status
        JSON.stringify({ type: "teleport" }),
        JSON.stringify({ type: "done", id: "r1", status: "ok", execution_count: 3 }),
      ].join("\n"),
    );
    await once(lines, "close");
    expect(problems).toHaveLength(3);
    expect(events).toEqual([{ type: "done", id: "r1", status: "ok", execution_count: 3 }]);
  });

  it("accepts an IOPub message with no known parent", () => {
    const line = JSON.stringify({ type: "iopub", id: null, msg_type: "status", content: { execution_state: "idle" } });
    expect(parseBridgeLine(line)).toMatchObject({ ok: true, event: { type: "iopub", id: null } });
  });
});
