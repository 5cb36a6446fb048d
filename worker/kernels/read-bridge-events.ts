// Reads the kernel bridge's stdout: one JSON object a line, each parsed with ZBridgeEvent.
// A malformed line is reported and skipped; it never stops the lines after it.
import readline from "node:readline";
import type { Readable } from "node:stream";
import { ZBridgeEvent, type TBridgeEvent } from "./bridge-messages";

export type TParsedLine = { ok: true; event: TBridgeEvent } | { ok: false; problem: string };

export function parseBridgeLine(line: string): TParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, problem: "not JSON" };
  }
  const parsed = ZBridgeEvent.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  }
  return { ok: true, event: parsed.data };
}

export function readBridgeEvents(
  stdout: Readable,
  onEvent: (event: TBridgeEvent) => void,
  onMalformed: (line: string, problem: string) => void,
) {
  const lines = readline.createInterface({ input: stdout, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const parsed = parseBridgeLine(line);
    if (parsed.ok) onEvent(parsed.event);
    else onMalformed(line, parsed.problem);
  });
  return lines;
}
