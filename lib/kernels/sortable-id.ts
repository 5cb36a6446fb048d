// Ids that sort by creation time (then by a per-process counter), for rows written with raw
// SQL: an execution's id breaks ties between runs of one cell queued in the same millisecond.
import { randomBytes } from "node:crypto";

let counter = 0;

export function createSortableId() {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0")}`;
}
