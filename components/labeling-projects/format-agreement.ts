const METHOD_NAMES = { fleiss_kappa: "Fleiss' κ", jaccard: "mean Jaccard", iou: "mean IoU", span_f1: "span F1" } as const;

export function formatAgreement(value: number | null) {
  return value === null ? "—" : value.toFixed(2);
}

export function agreementMethodName(method: keyof typeof METHOD_NAMES) {
  return METHOD_NAMES[method];
}
