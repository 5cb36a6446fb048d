// A CSV's header and one column's values, with the line of the first problem when it is
// broken (papaparse: quoting and ragged rows are its job, not ours).
import Papa from "papaparse";
import { AppError } from "@/lib/errors";

export function readTableColumn(text: string, column: string) {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const broken = parsed.errors.find((error) => error.type !== "Delimiter");
  // papaparse counts rows from 0 after the header row's index; people count lines from 1.
  if (broken) throw new AppError("bad_input", `The CSV is broken at line ${(broken.row ?? 0) + 1}: ${broken.message}.`, { file: [broken.message] });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) throw new AppError("bad_input", "The CSV needs a header line and at least one row.", { file: ["No rows."] });
  const index = header.indexOf(column);
  if (index < 0) {
    throw new AppError("bad_input", `The CSV has no column "${column}"; it has ${header.slice(0, 20).join(", ")}${header.length > 20 ? ", …" : ""}.`, {
      target: ["Choose one of the CSV's columns."],
    });
  }
  const ragged = rows.findIndex((row) => row.length !== header.length);
  if (ragged >= 0) {
    throw new AppError("bad_input", `The CSV is broken at line ${ragged + 2}: it has ${rows[ragged].length} fields, the header ${header.length}.`, { file: ["Ragged rows."] });
  }
  return { columns: header, values: rows.map((row) => row[index].trim()), rowCount: rows.length };
}
