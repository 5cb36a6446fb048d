// A CSV's header line made into column names: trimmed, blanks named by position, and a name
// given twice refused (a row object cannot hold two values under one key).
import { AppError } from "@/lib/errors";

export function readCsvHeader(options: { fields: string[]; line: number; fileName: string }): string[] {
  const names = options.fields.map((field, i) => field.trim() || `column_${i + 1}`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new AppError("bad_input", `Line ${options.line} of ${options.fileName}: the header names "${name}" twice.`);
    seen.add(name);
  }
  return names;
}
