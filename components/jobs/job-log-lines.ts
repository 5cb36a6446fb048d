// A job's log as lines to render, built chunk by chunk: a chunk may end mid-line (the next
// one of the same stream and attempt goes on with it), a carriage return rewrites its line
// as a terminal does (progress bars), and only the last lines are kept.
import { resolveCarriageReturns } from "@/components/notebook/outputs/output-model";

export type TLogStream = "stdout" | "stderr" | "system";
export type TLogText = { stream: TLogStream; attempt: number; text: string };

/** `isOpen`: no newline has ended it yet. A line keeps its object while it does not change,
 * so that a memoised row renders again only when its own text does. */
export type TLogLine = TLogText & { id: number; isOpen: boolean };
export type TLogLines = { lines: TLogLine[]; droppedLines: number; nextId: number };

export const MAX_LOG_LINES = 5_000;

export const EMPTY_LOG_LINES: TLogLines = { lines: [], droppedLines: 0, nextId: 0 };

/** The log with these chunks (in seq order) after its lines; past `maxLines`, the first go. */
export function appendLogLines(log: TLogLines, chunks: TLogText[], maxLines = MAX_LOG_LINES): TLogLines {
  if (chunks.length === 0) return log;
  const lines = log.lines.slice();
  let nextId = log.nextId;
  for (const chunk of chunks) {
    const text = chunk.text.replace(/\r\n/g, "\n");
    if (!text) continue;
    const pieces = text.split("\n");
    const endsLine = text.endsWith("\n");
    if (endsLine) pieces.pop();
    pieces.forEach((piece, index) => {
      const isOpen = index === pieces.length - 1 && !endsLine;
      const last = lines.at(-1);
      if (index === 0 && last?.isOpen && last.stream === chunk.stream && last.attempt === chunk.attempt) {
        lines[lines.length - 1] = { ...last, text: resolveCarriageReturns(last.text + piece), isOpen };
      } else {
        lines.push({ id: nextId++, stream: chunk.stream, attempt: chunk.attempt, text: resolveCarriageReturns(piece), isOpen });
      }
    });
  }
  const excess = Math.max(0, lines.length - maxLines);
  return { lines: excess ? lines.slice(excess) : lines, droppedLines: log.droppedLines + excess, nextId };
}
