// Rows that arrive as objects (JSON Lines, Parquet, text files) on their way into rows.jsonl,
// with every column's statistics gathered as they pass. Columns are discovered as they
// appear: a key first seen on row 500 is a column whose first 499 rows are null.
import { classifyJsonValue } from "./classify-value";
import { ColumnStatsCollector } from "./column-stats";
import { RowWriter } from "./row-writer";
import type { TColumnStats } from "./schemas";

export class JsonTableSink {
  readonly writer: RowWriter;
  private readonly columns = new Map<string, { stats: ColumnStatsCollector; lastRow: number }>();

  constructor(dir: string) {
    this.writer = new RowWriter(dir);
  }

  get rowCount() {
    return this.writer.rowCount;
  }

  /** Declares columns up front (Parquet's schema), so their order is the file's. */
  declareColumns(names: string[]) {
    for (const name of names) this.columnFor(name);
  }

  private columnFor(name: string) {
    let column = this.columns.get(name);
    if (!column) {
      column = { stats: new ColumnStatsCollector(name), lastRow: this.rowCount - 1 };
      column.stats.addNulls(this.rowCount);
      this.columns.set(name, column);
    }
    return column;
  }

  addRow(row: Record<string, unknown>) {
    const rowNumber = this.rowCount;
    let present = 0;
    for (const name of Object.keys(row)) {
      const column = this.columnFor(name);
      column.lastRow = rowNumber;
      column.stats.add(row[name], classifyJsonValue(row[name]));
      present++;
    }
    if (present < this.columns.size) {
      for (const column of this.columns.values()) {
        if (column.lastRow !== rowNumber) {
          column.lastRow = rowNumber;
          column.stats.addNulls(1);
        }
      }
    }
    this.writer.writeLine(JSON.stringify(row));
  }

  async finish(): Promise<TColumnStats[]> {
    await this.writer.close();
    return [...this.columns.values()].map((column) => column.stats.finish());
  }
}
