/** A confusion matrix as logged: matrix[trueClass][predictedClass] counts. */
export type TConfusionMatrix = readonly (readonly number[])[];

export type TClassMetrics = { precision: number; recall: number; f1: number; support: number };

/** Each row divided by its sum (recall per true class); a row of zeros stays zeros. */
export function normaliseRows(matrix: TConfusionMatrix): number[][] {
  return matrix.map((row) => {
    const total = sum(row);
    return row.map((count) => ratio(count, total));
  });
}

/** Precision, recall, F1 and support of each class; any 0/0 counts as 0. */
export function computeClassMetrics(matrix: TConfusionMatrix): TClassMetrics[] {
  return matrix.map((row, index) => {
    const hits = row[index];
    const predicted = sum(matrix.map((other) => other[index]));
    const support = sum(row);
    const precision = ratio(hits, predicted);
    const recall = ratio(hits, support);
    return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
}

/** The share of all samples on the diagonal; 0 for an empty matrix. */
export function computeAccuracy(matrix: TConfusionMatrix): number {
  return ratio(sum(matrix.map((row, index) => row[index])), sum(matrix.map(sum)));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
