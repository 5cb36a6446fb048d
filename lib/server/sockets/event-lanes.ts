// Runs one socket's events in arrival order within lanes: an event waits for the events
// received before it in each lane it names, and for nothing else. A worker's outputs must
// be stored in the order the kernel sent them, but need not wait for a "busy" to be
// recorded (a statement on the path of every cell's first output).
export class EventLanes<L extends string> {
  private readonly tails = new Map<L, Promise<void>>();

  run<T>(lanes: readonly L[], task: () => Promise<T>): Promise<T> {
    const result = Promise.all(lanes.map((lane) => this.tails.get(lane))).then(task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    for (const lane of lanes) this.tails.set(lane, settled);
    return result;
  }
}
