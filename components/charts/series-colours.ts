// Hex, not CSS variables: recharts writes colours into SVG attributes. The first is the
// studio's accent (--color-accent); the rest are muted enough for a calm page yet tell
// apart on white, and dark enough for text contrast.
const PALETTE = ["#3d4fd1", "#c2410c", "#0f766e", "#a21caf", "#4d7c0f", "#b45309", "#0369a1", "#be123c"];

/** The colour of the series at this position; it repeats after eight. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}

// Paul Tol's "muted" scheme, told apart by every kind of colour vision, darkest first, and a
// dark grey for a tenth: for runs laid over one another, up to ten.
const COLOUR_BLIND_SAFE = ["#332288", "#cc6677", "#117733", "#88ccee", "#882255", "#44aa99", "#999933", "#aa4499", "#ddcc77", "#4a5566"];

/** The colour of the compared run at this position; it repeats after ten. */
export function runColour(index: number): string {
  return COLOUR_BLIND_SAFE[index % COLOUR_BLIND_SAFE.length];
}

// Viridis (perceptually even, readable in every kind of colour vision), stopped short of its
// palest yellow so that the high end still shows on white.
const SEQUENTIAL = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [170, 220, 50],
];

/** A colour for a value scaled to 0–1 (low dark violet, high yellow-green), as hex. */
export function sequentialColour(fraction: number): string {
  const at = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * (SEQUENTIAL.length - 1);
  const low = Math.min(Math.floor(at), SEQUENTIAL.length - 2);
  const t = at - low;
  const channels = SEQUENTIAL[low].map((channel, index) => Math.round(channel + (SEQUENTIAL[low + 1][index] - channel) * t));
  return `#${channels.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/** The scale as a CSS gradient, for its legend. */
export function sequentialGradient(): string {
  return `linear-gradient(to right, ${SEQUENTIAL.map(([r, g, b]) => `rgb(${r} ${g} ${b})`).join(", ")})`;
}
