// What a target column asks for, as Autopilot infers it: text, or a few whole numbers, are
// classes; other numbers are a quantity to regress.
export type TTask = "classification" | "regression";

const MAX_CLASSES_OF_NUMBERS = 20;

export function inferTask(values: string[]): TTask {
  const present = values.filter((value) => value !== "");
  const numbers = present.map(Number);
  if (numbers.some((number) => !Number.isFinite(number))) return "classification";
  const distinct = new Set(numbers);
  return distinct.size <= MAX_CLASSES_OF_NUMBERS && numbers.every(Number.isInteger) ? "classification" : "regression";
}
