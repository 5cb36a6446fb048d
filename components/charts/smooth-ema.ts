/**
 * TensorBoard's smoothing: an exponential moving average started at 0 and debiased by
 * dividing by 1 - weight^n, where n counts the finite values so far. Non-finite values
 * pass through unchanged and do not move the average.
 */
export function smoothEma(values: readonly number[], weight: number): number[] {
  const finite = values.filter(Number.isFinite);
  // The debiased average of a constant series is off by rounding error, which a zoomed-in
  // axis would show as a wobble on a flat line.
  if (weight <= 0 || finite.every((value) => value === finite[0])) return [...values];
  let last = 0;
  let accumulated = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) return value;
    last = last * weight + (1 - weight) * value;
    accumulated += 1;
    return last / (1 - weight ** accumulated);
  });
}
