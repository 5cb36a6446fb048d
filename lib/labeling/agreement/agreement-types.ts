// What agreementOf answers, whichever measure the template calls for.
export type TAgreementMethod = "fleiss_kappa" | "jaccard" | "iou" | "span_f1";

export type TAnnotatorAgreement = {
  annotator: string;
  /** null when they share no item with another annotator. */
  agreement: number | null;
  /** Items they annotated that at least one other annotator annotated too. */
  items: number;
};

export type TAgreement = {
  /** null when no item has two annotations. */
  overall: number | null;
  /** Items with at least two annotations, by item id. */
  perItem: Map<string, number>;
  /** Every annotator seen, sorted by name. */
  perAnnotator: TAnnotatorAgreement[];
  method: TAgreementMethod;
};

/** Sums per annotator, turned into the sorted list at the end. */
export class AnnotatorTally {
  private readonly byAnnotator = new Map<string, { sum: number; terms: number; items: number }>();

  see(annotator: string) {
    let entry = this.byAnnotator.get(annotator);
    if (!entry) this.byAnnotator.set(annotator, (entry = { sum: 0, terms: 0, items: 0 }));
    return entry;
  }

  countItem(annotator: string) {
    this.see(annotator).items++;
  }

  addScore(annotator: string, score: number) {
    const entry = this.see(annotator);
    entry.sum += score;
    entry.terms++;
  }

  toList(): TAnnotatorAgreement[] {
    return [...this.byAnnotator]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([annotator, { sum, terms, items }]) => ({ annotator, agreement: terms > 0 ? sum / terms : null, items }));
  }
}
