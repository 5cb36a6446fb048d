// Tick steps are these multiples of a power of ten.
const MULTIPLES = [1, 2, 2.5, 5];
// Slack for floating-point division: 0.6 / 0.2 is 2.9999999999999996.
const EPSILON = 1e-9;

/** The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that covers span in at most maxTicks - 1 steps. */
export function niceStep(span: number, maxTicks: number): number {
  return roundSteps(span / (maxTicks - 1)).next().value;
}

/** Round ticks inside [from, to]; steps of at least minStep (1 for whole steps). */
export function niceTicks(from: number, to: number, maxTicks = 6, minStep = 0): number[] {
  if (to <= from) return [from];
  const step = Math.max(niceStep(to - from, maxTicks), minStep);
  return multiples(Math.ceil(from / step - EPSILON), Math.floor(to / step + EPSILON), step);
}

/** [min, max] widened to the round ticks around it, at most maxTicks of them. */
export function niceDomain(min: number, max: number, maxTicks = 6): { domain: [number, number]; ticks: number[] } {
  // A flat line gets room around it rather than a zero-height axis.
  const pad = max > min ? 0 : Math.abs(min) / 10 || 1;
  const low = min - pad;
  const high = max + pad;
  for (const step of roundSteps((high - low) / (maxTicks - 1))) {
    const first = Math.floor(low / step + EPSILON);
    const last = Math.ceil(high / step - EPSILON);
    if (last - first < maxTicks) {
      const ticks = multiples(first, last, step);
      return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
    }
  }
  throw new Error("unreachable: round steps grow without end");
}

/** Round steps from the smallest at or above atLeast, ascending without end. */
function* roundSteps(atLeast: number): Generator<number, never> {
  for (let power = 10 ** Math.floor(Math.log10(atLeast)); ; power *= 10) {
    for (const multiple of MULTIPLES) if (multiple * power >= atLeast * (1 - EPSILON)) yield round(multiple * power);
  }
}

function multiples(first: number, last: number, step: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => round((first + index) * step));
}

// Multiples of 0.1 drift in floating point (3 × 0.1 = 0.30000000000000004).
function round(value: number): number {
  return Number(value.toPrecision(12));
}
