// Steps between time ticks, in seconds: round units of a clock.
const NICE_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];
const DAY = 86400;

/** "01:02:03" for seconds since an origin; hours keep counting past 24. */
export function formatElapsed(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const whole = Math.floor(Math.abs(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return `${sign}${pad(hours)}:${pad(minutes)}:${pad(whole % 60)}`;
}

/** The wall-clock time of epoch seconds as "14:05:09", in the browser's zone unless one is given. */
export function formatClock(epochSeconds: number, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone }).format(
    epochSeconds * 1000,
  );
}

/**
 * Tick positions between from and to (seconds) at a round step counted from origin, at
 * most maxTicks of them; the ends alone when no round step fits twice.
 */
export function timeTicks(from: number, to: number, origin: number, maxTicks = 6): number[] {
  const span = to - from;
  const step = NICE_STEPS.find((candidate) => span / candidate <= maxTicks - 1) ?? Math.ceil(span / (maxTicks - 1) / DAY) * DAY;
  const first = origin + Math.ceil((from - origin) / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= to; tick += step) ticks.push(tick);
  if (ticks.length >= 2) return ticks;
  return from === to ? [from] : [from, to];
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
