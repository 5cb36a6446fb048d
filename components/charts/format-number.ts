const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 4 });

/** Short axis labels: "12.35K", "0.9125", "1.5e-5". */
export function formatCompactNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  // Intl's compact notation stops at trillions and prints tiny numbers in full.
  if (magnitude < 1e-3 || magnitude >= 1e15) return formatExponential(value, 3);
  return COMPACT.format(value);
}

/** Six significant digits, for derived values such as smoothed ones. */
export function formatPrecise(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function formatExponential(value: number, significantDigits: number): string {
  const [mantissa, exponent] = value.toExponential(significantDigits - 1).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return `${trimmed}e${exponent.replace("+", "")}`;
}
