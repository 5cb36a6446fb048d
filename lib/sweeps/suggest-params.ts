import { gridOf, type TParamSpec, type TParams, type TParamValue, type TSearchSpace } from "./search-space";
import { seededRandom } from "./seeded-random";

/** TPE searches at random until this many trials have a value, as it has nothing to model before. */
export const TPE_STARTUP_TRIALS = 5;
const TPE_CANDIDATES = 24;
const TPE_GOOD_FRACTION = 0.25;
// Odd, so that no two trial indexes (below 2^32) share a seed.
const TRIAL_SEED_STEP = 0x9e3779b9;

type TRandom = () => number;
type TNumericSpec = Extract<TParamSpec, { type: "int" | "float" }>;
type TTrial = { params: TParams; value: number | null };
/** Gaussians cut to [low, high]; in log space for a log-scale param. */
type TMixture = { weights: number[]; mus: number[]; sigmas: number[]; low: number; high: number };

/** The params of trial number history.length: null once a grid is done. The same seed and
 * history always give the same params, so that a sweep can be replayed. */
export function suggestParams(input: {
  method: "grid" | "random" | "tpe";
  space: TSearchSpace;
  /** Earlier trials in trial order; value null: still running, or failed. */
  history: TTrial[];
  direction: "minimize" | "maximize";
  seed: number;
}): TParams | null {
  const index = input.history.length;
  if (input.method === "grid") return gridOf(input.space)[index] ?? null;
  const random = seededRandom((input.seed + Math.imul(index, TRIAL_SEED_STEP)) >>> 0);
  const scored = input.history.filter((trial): trial is { params: TParams; value: number } => Number.isFinite(trial.value));
  if (input.method === "random" || index < TPE_STARTUP_TRIALS || scored.length < TPE_STARTUP_TRIALS) {
    return mapSpace(input.space, (spec) => sampleUniform(spec, random));
  }
  // Array.prototype.sort is stable: among equal values the earlier trial counts as better.
  const ranked = scored.sort((a, b) => (input.direction === "minimize" ? a.value - b.value : b.value - a.value));
  const goodCount = Math.max(1, Math.ceil(TPE_GOOD_FRACTION * ranked.length));
  const good = ranked.slice(0, goodCount).map((trial) => trial.params);
  const bad = ranked.slice(goodCount).map((trial) => trial.params);
  return mapSpace(input.space, (spec, name) =>
    sampleTpe(
      spec,
      good.map((params) => params[name]),
      bad.map((params) => params[name]),
      random,
    ),
  );
}

function mapSpace(space: TSearchSpace, pick: (spec: TParamSpec, name: string) => TParamValue): TParams {
  return Object.fromEntries(Object.entries(space).map(([name, spec]) => [name, pick(spec, name)]));
}

/** Where a numeric param is searched. An int is searched as a float over [min - 0.5, max + 0.5]
 * and rounded, so that its end values get as large a share as the others. */
function domainOf(spec: TNumericSpec) {
  const pad = spec.type === "int" ? 0.5 : 0;
  const [low, high] = [spec.min - pad, spec.max + pad];
  return spec.log ? { low: Math.log(low), high: Math.log(high) } : { low, high };
}

function valueAt(spec: TNumericSpec, x: number) {
  const raw = spec.log ? Math.exp(x) : x;
  const value = spec.type === "int" ? Math.round(raw) : raw;
  // Rounding and exp(log(max)) can step just past an end.
  return Math.min(spec.max, Math.max(spec.min, value));
}

function sampleUniform(spec: TParamSpec, random: TRandom): TParamValue {
  if (spec.type === "choice") return spec.values[Math.floor(random() * spec.values.length)];
  const { low, high } = domainOf(spec);
  return valueAt(spec, low + random() * (high - low));
}

/** Tree-structured Parzen Estimator, one param at a time as hyperopt and Optuna do by default:
 * model where good trials' values lie (l) and where bad ones' lie (g), draw candidates from l,
 * keep the one most likely to be good rather than bad (highest l(x) / g(x)). */
function sampleTpe(spec: TParamSpec, good: unknown[], bad: unknown[], random: TRandom): TParamValue {
  if (spec.type === "choice") {
    const l = fitCategorical(spec.values, good);
    const g = fitCategorical(spec.values, bad);
    const candidates = Array.from({ length: TPE_CANDIDATES }, () => drawIndex(l, random));
    return spec.values[bestOf(candidates, (i) => Math.log(l[i]) - Math.log(g[i]))];
  }
  const { low, high } = domainOf(spec);
  if (high === low) return spec.min;
  const l = fitParzen(numericObservations(spec, good), low, high);
  const g = fitParzen(numericObservations(spec, bad), low, high);
  const candidates = Array.from({ length: TPE_CANDIDATES }, () => drawFromMixture(l, random));
  return valueAt(spec, bestOf(candidates, (x) => logDensity(l, x) - logDensity(g, x)));
}

function bestOf<T>(candidates: T[], score: (candidate: T) => number): T {
  let best = candidates[0];
  let bestScore = score(best);
  for (const candidate of candidates.slice(1)) {
    const candidateScore = score(candidate);
    if (candidateScore > bestScore) [best, bestScore] = [candidate, candidateScore];
  }
  return best;
}

/** Counts plus a prior of 1 for each value, so that a value no trial tried keeps a chance. */
function fitCategorical(values: TParamValue[], observed: unknown[]): number[] {
  const weights = values.map(() => 1);
  for (const value of observed) {
    const i = values.indexOf(value as TParamValue);
    if (i >= 0) weights[i] += 1;
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

function drawIndex(probabilities: number[], random: TRandom) {
  let u = random();
  for (let i = 0; i < probabilities.length; i++) {
    u -= probabilities[i];
    if (u < 0) return i;
  }
  return probabilities.length - 1;
}

/** Earlier values in search space; values that no longer fit the spec (it changed) are left out. */
function numericObservations(spec: TNumericSpec, observed: unknown[]) {
  return observed
    .filter((value): value is number => typeof value === "number" && Number.isFinite(value) && value >= spec.min && value <= spec.max)
    .map((value) => (spec.log ? Math.log(value) : value));
}

/** hyperopt's adaptive Parzen estimator: a Gaussian on each observation, as wide as the larger
 * gap to its neighbours (crowded observations give sharp peaks), clipped so that none is a
 * spike or wider than the range, plus a prior as wide as the range on its centre, so that no
 * region is ever ruled out. */
function fitParzen(observations: number[], low: number, high: number): TMixture {
  const priorMu = (low + high) / 2;
  const priorSigma = high - low;
  const points = [...observations.map((mu) => ({ mu, prior: false })), { mu: priorMu, prior: true }].sort((a, b) => a.mu - b.mu);
  const minSigma = priorSigma / Math.min(100, 1 + points.length);
  const sigmas = points.map(({ mu, prior }, i) => {
    if (prior) return priorSigma;
    const gap = Math.max(i > 0 ? mu - points[i - 1].mu : 0, i < points.length - 1 ? points[i + 1].mu - mu : 0);
    return Math.min(priorSigma, Math.max(minSigma, gap));
  });
  return { weights: points.map(() => 1), mus: points.map((point) => point.mu), sigmas, low, high };
}

function drawFromMixture(mixture: TMixture, random: TRandom) {
  const total = mixture.weights.reduce((sum, weight) => sum + weight, 0);
  const i = drawIndex(
    mixture.weights.map((weight) => weight / total),
    random,
  );
  // Each kernel's centre lies in the range and its width is at most the range, so at least a
  // third of its draws land inside: giving up after 100 tries is all but never reached.
  for (let tries = 0; tries < 100; tries++) {
    const x = mixture.mus[i] + mixture.sigmas[i] * standardNormal(random);
    if (x >= mixture.low && x <= mixture.high) return x;
  }
  return Math.min(mixture.high, Math.max(mixture.low, mixture.mus[i]));
}

function standardNormal(random: TRandom) {
  // Box-Muller; 1 - random() is in (0, 1], so the log is finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function logDensity(mixture: TMixture, x: number) {
  const total = mixture.weights.reduce((sum, weight) => sum + weight, 0);
  const terms = mixture.mus.map((mu, i) => {
    const sigma = mixture.sigmas[i];
    const z = (x - mu) / sigma;
    const mass = normalCdf((mixture.high - mu) / sigma) - normalCdf((mixture.low - mu) / sigma);
    return Math.log(mixture.weights[i] / total) - 0.5 * z * z - Math.log(sigma * Math.sqrt(2 * Math.PI)) - Math.log(mass);
  });
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((sum, term) => sum + Math.exp(term - top), 0));
}

function normalCdf(z: number) {
  // erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7): Math has no erf.
  const a = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * a);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return 0.5 * (1 + Math.sign(z) * erf);
}
