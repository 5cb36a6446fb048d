// Hex, not CSS variables: recharts writes colours into SVG attributes. The first is the
// studio's accent (--color-accent); the rest are muted enough for a calm page yet tell
// apart on white, and dark enough for text contrast.
const PALETTE = ["#3d4fd1", "#c2410c", "#0f766e", "#a21caf", "#4d7c0f", "#b45309", "#0369a1", "#be123c"];

/** The colour of the series at this position; it repeats after eight. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}
