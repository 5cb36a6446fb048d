// Chance-corrected agreement on single-label classification. Both kappas are defined as
// 1 when chance agreement is already 1 (everyone always used the same one label): the
// textbook formula is 0/0 there, but the annotators did agree perfectly.

/** Fleiss' P_i: the share of annotator pairs on one item that gave the same label. */
export function measurePairAgreement(labels: readonly string[]): number | null {
  const n = labels.length;
  if (n < 2) return null;
  return agreeingPairsOf(countLabels(labels)) / (n * (n - 1));
}

/**
 * Fleiss' kappa over items, each given as the labels its annotators chose. Items with
 * fewer than two labels say nothing about agreement and are left out. The number of
 * annotators may differ between items (P_i per item, label shares over all ratings).
 */
export function computeFleissKappa(items: readonly (readonly string[])[]): number | null {
  const totals = new Map<string, number>();
  let ratings = 0;
  let sumItemAgreement = 0;
  let counted = 0;
  for (const labels of items) {
    const n = labels.length;
    if (n < 2) continue;
    const counts = countLabels(labels);
    sumItemAgreement += agreeingPairsOf(counts) / (n * (n - 1));
    for (const [label, count] of counts) totals.set(label, (totals.get(label) ?? 0) + count);
    ratings += n;
    counted++;
  }
  if (counted === 0) return null;
  const observed = sumItemAgreement / counted;
  let expected = 0;
  for (const count of totals.values()) expected += (count / ratings) ** 2;
  return kappaOf(observed, expected);
}

/** Cohen's kappa between two annotators, from the label pairs of the items both labeled. */
export function computeCohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const tally = createCohenTally();
  for (const [first, second] of pairs) addToCohenTally(tally, first, second);
  return cohenKappaOf(tally);
}

/** What Cohen's kappa needs, gathered one item at a time (agreementOf fills many at once). */
export type TCohenTally = { items: number; agreeing: number; first: Map<string, number>; second: Map<string, number> };

export function createCohenTally(): TCohenTally {
  return { items: 0, agreeing: 0, first: new Map(), second: new Map() };
}

export function addToCohenTally(tally: TCohenTally, first: string, second: string) {
  tally.items++;
  if (first === second) tally.agreeing++;
  tally.first.set(first, (tally.first.get(first) ?? 0) + 1);
  tally.second.set(second, (tally.second.get(second) ?? 0) + 1);
}

export function cohenKappaOf(tally: TCohenTally): number | null {
  if (tally.items === 0) return null;
  let expected = 0;
  for (const [label, count] of tally.first) expected += count * (tally.second.get(label) ?? 0);
  expected /= tally.items * tally.items;
  return kappaOf(tally.agreeing / tally.items, expected);
}

function kappaOf(observed: number, expected: number) {
  if (expected >= 1 - 1e-12) return observed >= 1 - 1e-12 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}

function countLabels(labels: readonly string[]) {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Ordered pairs of annotators that agree: sum of n_ij (n_ij - 1). */
function agreeingPairsOf(counts: Map<string, number>) {
  let pairs = 0;
  for (const count of counts.values()) pairs += count * (count - 1);
  return pairs;
}
