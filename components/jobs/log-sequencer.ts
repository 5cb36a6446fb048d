// Puts a job's log chunks in seq order from two sources: pages fetched from the server and
// chunks pushed live. A chunk already held is ignored; one that comes after a gap waits until
// the gap is filled, live or by fetching after the last seq held. The server stores every seq
// before it pushes it, so a fetch that starts after a chunk arrived returns everything before it.
export type TSeqChunk = { seq: number };

export class LogSequencer<C extends TSeqChunk> {
  /** The last seq in order; -1 before the first. */
  lastSeq = -1;
  private readonly waiting = new Map<number, { chunk: C; arrival: number }>();
  private arrivals = 0;

  /** Whether chunks wait behind a gap: fetch after lastSeq to fill it. */
  get hasGap() {
    return this.waiting.size > 0;
  }

  /** How many live chunks have arrived: give it to settle() at the end of a fetch started now. */
  mark() {
    return this.arrivals;
  }

  /** A live chunk: the chunks that are now in order, to show. */
  receive(chunk: C): C[] {
    this.arrivals += 1;
    if (chunk.seq <= this.lastSeq || this.waiting.has(chunk.seq)) return [];
    this.waiting.set(chunk.seq, { chunk, arrival: this.arrivals });
    return this.drain();
  }

  /** A page fetched after lastSeq (in seq order): the chunks not held yet, then the waiting
   * ones it connects. */
  acceptFetched(chunks: C[]): C[] {
    const ready: C[] = [];
    for (const chunk of chunks) {
      if (chunk.seq <= this.lastSeq) continue;
      ready.push(chunk);
      this.lastSeq = chunk.seq;
    }
    return [...ready, ...this.drain()];
  }

  /** After a fetch that started at `mark` read to the end: a gap before chunks that arrived
   * before it started cannot be filled any more (the server had no such seq), so those go on;
   * a gap before later ones may be, by another fetch (isFetchNeeded). */
  settle(mark: number): { ready: C[]; isFetchNeeded: boolean } {
    const ready: C[] = [];
    for (const seq of [...this.waiting.keys()].sort((a, b) => a - b)) {
      const { chunk, arrival } = this.waiting.get(seq)!;
      if (arrival > mark) break;
      this.waiting.delete(seq);
      this.lastSeq = seq;
      ready.push(chunk);
    }
    ready.push(...this.drain());
    return { ready, isFetchNeeded: this.hasGap };
  }

  private drain(): C[] {
    const ready: C[] = [];
    for (let next = this.waiting.get(this.lastSeq + 1); next; next = this.waiting.get(this.lastSeq + 1)) {
      this.waiting.delete(this.lastSeq + 1);
      this.lastSeq += 1;
      ready.push(next.chunk);
    }
    // Chunks a fetch returned meanwhile are held already.
    for (const seq of this.waiting.keys()) if (seq <= this.lastSeq) this.waiting.delete(seq);
    return ready;
  }
}
