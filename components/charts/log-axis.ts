/**
 * A log axis spanning whole decades around [min, max] (both > 0), with ticks at powers of
 * ten, every other or every few decades when there are more than maxTicks.
 */
export function logAxis(min: number, max: number, maxTicks = 6): { domain: [number, number]; ticks: number[] } {
  const low = Math.floor(Math.log10(min));
  const high = Math.max(Math.ceil(Math.log10(max)), low + 1);
  const every = Math.ceil((high - low + 1) / maxTicks);
  const ticks: number[] = [];
  for (let exponent = low; exponent <= high; exponent += every) ticks.push(powerOfTen(exponent));
  return { domain: [powerOfTen(low), powerOfTen(high)], ticks };
}

// 10 ** -3 is 0.0010000000000000002 in floating point; the literal parses exactly.
function powerOfTen(exponent: number): number {
  return Number(`1e${exponent}`);
}
