// CSV cells into JSON lines and column statistics. A column's type is known only once every
// row has been read, so each cell is written by its own look: a number as a number when the
// JSON spells it exactly as the CSV did ("1.5"), as text otherwise ("1.50"), so that nothing
// is lost. retypeColumns() lists the columns whose written cells disagree with the final type.
import { classifyCsvText } from "./classify-value";
import { ColumnStatsCollector } from "./column-stats";
import type { TColumnStats, TColumnType } from "./schemas";

export type TRetype = (value: unknown) => unknown;

export class CsvRowEncoder {
  private readonly keys: string[];
  private readonly stats: ColumnStatsCollector[];
  // Per column: wrote a JSON number or boolean; wrote a number or boolean as text.
  private readonly wroteTyped: boolean[];
  private readonly wroteText: boolean[];

  constructor(readonly names: string[]) {
    this.keys = names.map((name) => `${JSON.stringify(name)}:`);
    this.stats = names.map((name) => new ColumnStatsCollector(name));
    this.wroteTyped = names.map(() => false);
    this.wroteText = names.map(() => false);
  }

  /** The row as one JSON line. */
  encode(fields: string[]): string {
    let line = "{";
    for (let i = 0; i < fields.length; i++) {
      const text = fields[i];
      const kind = classifyCsvText(text);
      let json: string;
      if (kind === "null") {
        this.stats[i].add(null, kind);
        json = "null";
      } else if (kind === "integer" ? text[0] !== "+" && text !== "-0" : kind === "number" && String(Number(text)) === text) {
        // An integer's pattern has no leading zeros, so only a sign can make its JSON differ.
        this.stats[i].add(Number(text), kind);
        this.wroteTyped[i] = true;
        json = text;
      } else if (kind === "boolean" && (text === "true" || text === "false")) {
        this.stats[i].add(text === "true", kind);
        this.wroteTyped[i] = true;
        json = text;
      } else {
        if (kind === "integer" || kind === "number" || kind === "boolean") this.wroteText[i] = true;
        this.stats[i].add(text, kind);
        json = JSON.stringify(text);
      }
      line += (i === 0 ? "" : ",") + this.keys[i] + json;
    }
    return line + "}";
  }

  finish(): TColumnStats[] {
    return this.stats.map((stats) => stats.finish());
  }

  /** Conversions to apply to rows.jsonl, by column, so each column holds its type's values. */
  retypeColumns(columns: TColumnStats[]): Map<string, TRetype> {
    const retypes = new Map<string, TRetype>();
    columns.forEach((column, i) => {
      const retype = pickRetype(column.type, this.wroteTyped[i], this.wroteText[i]);
      if (retype) retypes.set(column.name, retype);
    });
    return retypes;
  }
}

function pickRetype(type: TColumnType, wroteTyped: boolean, wroteText: boolean): TRetype | undefined {
  // Numbers and booleans were written only when their JSON equals the text: String() restores it.
  if (type === "string" && wroteTyped) return (value) => (value === null ? null : String(value));
  if ((type === "integer" || type === "number") && wroteText) return (value) => (typeof value === "string" ? Number(value) : value);
  if (type === "boolean" && wroteText) return (value) => (typeof value === "string" ? value.toLowerCase() === "true" : value);
  return undefined;
}
