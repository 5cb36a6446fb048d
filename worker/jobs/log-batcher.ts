// One output stream of a job, turned into few, whole-line messages. A training loop that
// prints a line per step would otherwise cost a socket message and a database write per
// line: text waits up to INTERVAL_MS and goes out as the whole lines it has by then. A line
// still unfinished goes out at the next tick (a progress bar, a prompt), so nothing waits
// for a newline that may never come. Past MAX_CHUNK_CHARS it goes out at once, split, which
// bounds both the message and what waits here.
const INTERVAL_MS = 100;
const MAX_CHUNK_CHARS = 256 * 1024;

type TLogBatcherOptions = { intervalMs?: number; maxChunkChars?: number };

export class LogBatcher {
  private buffer = "";
  private timer: NodeJS.Timeout | undefined;
  private readonly intervalMs: number;
  private readonly maxChunkChars: number;

  constructor(
    private readonly emit: (text: string) => void,
    options: TLogBatcherOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? INTERVAL_MS;
    this.maxChunkChars = options.maxChunkChars ?? MAX_CHUNK_CHARS;
  }

  write(text: string) {
    this.buffer += text;
    while (this.buffer.length >= this.maxChunkChars) this.emitChunk(this.cutAt(this.maxChunkChars));
    if (this.buffer && !this.timer) this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  /** Everything now, unfinished line included: the stream ended, or another message must follow what it printed. */
  flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer) this.emitChunk(this.buffer.length);
  }

  private tick() {
    this.timer = undefined;
    const wholeLines = this.buffer.lastIndexOf("\n") + 1;
    // Only an unfinished line has waited a whole interval by now: it goes as it is.
    this.emitChunk(wholeLines || this.buffer.length);
    if (this.buffer) this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  /** Where to cut near `length` without splitting a character in two (a UTF-16 surrogate pair). */
  private cutAt(length: number) {
    const code = this.buffer.charCodeAt(length - 1);
    return length > 1 && code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  }

  private emitChunk(length: number) {
    const text = this.buffer.slice(0, length);
    this.buffer = this.buffer.slice(length);
    this.emit(text);
  }
}
