// A column statistic as a card shows it: short, yet precise enough to compare two versions.
import type { TColumnStatsView } from "@/lib/datasets/schemas";
import { formatCompactNumber } from "@/components/charts/format-number";

const MIDDLING = new Intl.NumberFormat("en", { maximumSignificantDigits: 5 });

/** 12,346 · 0.12346 · 1.235M · 1.5e-5: five significant digits, compact past a million. */
export function formatStatNumber(value: number) {
  const magnitude = Math.abs(value);
  if (value === 0 || !Number.isFinite(value)) return String(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return formatCompactNumber(value);
  return MIDDLING.format(value);
}

export function formatStatValue(value: number | string, type: TColumnStatsView["type"]) {
  if (typeof value === "string") return value;
  return type === "integer" && Math.abs(value) < 1e15 ? value.toLocaleString("en") : formatStatNumber(value);
}

/** "12 (0.4%)": how many cells are empty, and what share of the rows that is. */
export function formatNulls(nulls: number, rowCount: number) {
  if (nulls === 0 || rowCount === 0) return nulls.toLocaleString("en");
  const share = (nulls / rowCount) * 100;
  return `${nulls.toLocaleString("en")} (${share < 0.1 ? "<0.1" : share.toFixed(share < 10 ? 1 : 0)}%)`;
}
