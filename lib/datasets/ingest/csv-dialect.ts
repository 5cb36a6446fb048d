// How a CSV file is written: its delimiter and line ending, guessed from its first lines.
export type TCsvDialect = { delimiter: string; newline: "\n" | "\r\n" | "\r" };

const DELIMITERS = [",", ";", "\t", "|"];

/** The character most often found on the header line outside quotes; a comma if none. */
export function guessCsvDialect(text: string, fileName: string): TCsvDialect {
  const firstNewline = text.indexOf("\n");
  const newline = firstNewline > 0 && text[firstNewline - 1] === "\r" ? "\r\n" : firstNewline < 0 && text.includes("\r") ? "\r" : "\n";
  if (fileName.toLowerCase().endsWith(".tsv")) return { delimiter: "\t", newline };
  const end = text.indexOf(newline);
  const header = text.slice(0, end < 0 ? text.length : end);
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let delimiter = ",";
  for (const [candidate, count] of counts) if (count > counts.get(delimiter)!) delimiter = candidate;
  return { delimiter, newline };
}
