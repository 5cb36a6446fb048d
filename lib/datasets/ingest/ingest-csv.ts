// A CSV file into rows.jsonl in one pass: papaparse splits fields (quotes, commas and line
// breaks inside quotes are its job); this file keeps count of lines so that a problem is
// reported where a person would look for it, and refuses ragged rows and broken quotes.
import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { guessCsvDialect, type TCsvDialect } from "./csv-dialect";
import { readCsvHeader } from "./csv-header";
import { CsvRowEncoder } from "./csv-row-encoder";
import { readTextChunks } from "./read-text";
import { retypeRows } from "./retype-rows";
import { RowWriter } from "./row-writer";
import type { TColumnStats } from "./schemas";

// A row longer than this is almost always a quote left open, which swallows the rest of the file.
const MAX_ROW_CHARS = 16 * 1024 * 1024;

type TParseError = { code: string; row: number };

function countLineBreaks(fields: string[], newline: TCsvDialect["newline"]) {
  const mark = newline === "\r" ? "\r" : "\n";
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf(mark); at !== -1; at = field.indexOf(mark, at + 1)) count++;
  }
  return count;
}

export async function ingestCsv(options: { path: string; fileName: string; dir: string }): Promise<{ rowCount: number; columns: TColumnStats[] }> {
  const { fileName, dir } = options;
  const writer = new RowWriter(dir);
  let dialect: TCsvDialect | undefined;
  let parser: Papa.Parser | undefined;
  let encoder: CsvRowEncoder | undefined;
  let pending = "";
  let line = 1; // the line on which `pending` starts

  const takeRows = (input: string, isLast: boolean) => {
    dialect ??= guessCsvDialect(input, fileName);
    parser ??= new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
    const results = parser.parse(input, 0, !isLast) as { data: string[][]; errors: TParseError[]; meta: { cursor: number } };
    const broken = results.errors.length ? new Map(results.errors.map((error) => [error.row, error.code])) : undefined;
    const newline = dialect.newline;
    for (let row = 0; row < results.data.length; row++) {
      const fields = results.data[row];
      const rowLine = line;
      line += 1 + countLineBreaks(fields, newline);
      const code = broken?.get(row);
      if (code) {
        const problem = code === "MissingQuotes" ? "a quoted field is never closed" : "a quoted field has text after its closing quote";
        throw new AppError("bad_input", `Line ${rowLine} of ${fileName}: ${problem}.`);
      }
      if (fields.length === 1 && fields[0] === "") continue; // a blank line
      if (!encoder) {
        encoder = new CsvRowEncoder(readCsvHeader({ fields, line: rowLine, fileName }));
      } else if (fields.length !== encoder.names.length) {
        throw new AppError("bad_input", `Line ${rowLine} of ${fileName}: expected ${encoder.names.length} fields, found ${fields.length}.`);
      } else {
        writer.writeLine(encoder.encode(fields));
      }
    }
    pending = input.slice(results.meta.cursor);
    if (pending.length > MAX_ROW_CHARS) {
      throw new AppError("bad_input", `Line ${line} of ${fileName}: the row runs on past 16 MiB; is a quote left open?`);
    }
  };

  try {
    for await (const text of readTextChunks(options)) {
      takeRows(pending + text, false);
      await writer.drain();
    }
    takeRows(pending, true);
    if (!encoder) throw new AppError("bad_input", `${fileName} has no header line.`);
    if (writer.rowCount === 0) throw new AppError("bad_input", `${fileName} has a header line but no rows.`);
    await writer.close();
  } catch (error) {
    writer.abort();
    throw error;
  }
  const columns = encoder.finish();
  await retypeRows({ dir, retypes: encoder.retypeColumns(columns) });
  return { rowCount: writer.rowCount, columns };
}
