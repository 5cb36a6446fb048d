import { describe, expect, it } from "vitest";
import { claimOutputSlot, forgetExecution, trackExecution } from "./live-executions";
import { createSortableId } from "./sortable-id";

const scope = { teamId: "t", notebookId: "n", sessionId: "s", workerId: "w" };
const from = { workerId: "w", sessionId: "s" };

describe("live executions", () => {
  it("give each output of a known execution the next seq, and nothing to other workers or sessions", () => {
    const id = createSortableId();
    trackExecution(id, { ...scope, cellId: "c1", nextSeq: 1 });
    expect(claimOutputSlot(id, from, true)).toEqual({ teamId: "t", notebookId: "n", cellId: "c1", seq: 1 });
    expect(claimOutputSlot(id, from, false)).toMatchObject({ seq: 0 }); // a display update adds no output
    expect(claimOutputSlot(id, from, true)).toMatchObject({ seq: 2 });
    expect(claimOutputSlot(id, { ...from, workerId: "other" }, true)).toBeNull();
    expect(claimOutputSlot(id, { ...from, sessionId: "other" }, true)).toBeNull();
    forgetExecution(id);
    expect(claimOutputSlot(id, from, true)).toBeNull();
  });

  it("forget an older run when the cell runs again, and never bring it back", () => {
    const older = createSortableId();
    const newer = createSortableId();
    trackExecution(older, { ...scope, cellId: "c2", nextSeq: 1 });
    trackExecution(newer, { ...scope, cellId: "c2", nextSeq: 1 });
    expect(claimOutputSlot(older, from, true)).toBeNull();
    trackExecution(older, { ...scope, cellId: "c2", nextSeq: 4 }); // a store of the older one answering late
    expect(claimOutputSlot(older, from, true)).toBeNull();
    expect(claimOutputSlot(newer, from, true)).toMatchObject({ seq: 1 });
  });

  it("wait for their worker when queued before their kernel was placed", () => {
    const id = createSortableId();
    trackExecution(id, { ...scope, workerId: null, cellId: "c3", nextSeq: 1 });
    expect(claimOutputSlot(id, from, true)).toBeNull();
  });
});
