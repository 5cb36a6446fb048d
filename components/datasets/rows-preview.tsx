"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { TColumnStatsView, TRowsPage } from "@/lib/datasets/schemas";
import { fetchJson } from "@/components/runs/fetch-json";
import { EmptyState } from "@/components/ui/empty-state";
import { rowsUrl } from "./dataset-urls";
import { formatCell } from "./format-cell";
import { formatVersion } from "./format-dataset";
import { PreviewPager } from "./preview-pager";
import { PreviewError, PreviewSkeleton } from "./preview-states";
import styles from "./preview.module.css";

const PAGE_ROWS = 100;

type TColumn = Pick<TColumnStatsView, "name" | "type">;
type TRowsPreviewProps = { datasetId: string; number: number; columns: TColumn[] };

const isNumeric = (column: TColumn) => column.type === "number" || column.type === "integer";

/** The columns in the version's order; a version without statistics takes the rows' own keys. */
function columnsOf(columns: TColumn[], rows: TRowsPage["rows"]): TColumn[] {
  if (columns.length) return columns;
  const names = new Set(rows.flatMap((row) => Object.keys(row)));
  return [...names].map((name) => ({ name, type: "string" }));
}

/** A version's rows a page at a time, read on the server: the table scrolls, its header stays. */
export function RowsPreview({ datasetId, number, columns }: TRowsPreviewProps) {
  const [offset, setOffset] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const page = useQuery({
    queryKey: ["dataset-rows", datasetId, number, offset],
    queryFn: () => fetchJson<TRowsPage>(rowsUrl(datasetId, number, offset, PAGE_ROWS)),
    // The page shown stays while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

  function turnTo(next: number) {
    setOffset(next);
    scroller.current?.scrollTo({ top: 0 });
  }

  if (page.isPending) return <PreviewSkeleton kind="rows" what="rows" />;
  if (page.isError && !page.data) return <PreviewError what="rows" message={page.error.message} onRetry={() => page.refetch()} />;
  const { rows, total } = page.data;
  if (total === 0) return <EmptyState size="inline" title="No rows" description={`${formatVersion(number)} has a header but no rows.`} />;
  const shown = columnsOf(columns, rows);
  const isTurning = page.isPlaceholderData;
  return (
    <div className={styles.rows}>
      {page.isError && <PreviewError what="rows" message={page.error.message} onRetry={() => page.refetch()} />}
      <div ref={scroller} className={styles.scroller} role="region" aria-label={`Rows of ${formatVersion(number)}`} tabIndex={0} aria-busy={isTurning || undefined}>
        <table className={styles.table} data-turning={isTurning || undefined}>
          <thead>
            <tr>
              <th scope="col" className={styles.rowNumber}>
                <span className="visually-hidden">Row</span>#
              </th>
              {shown.map((column) => (
                <th key={column.name} scope="col" data-align={isNumeric(column) ? "end" : undefined} title={`${column.name} (${column.type})`}>
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={page.data.offset + index}>
                <td className={styles.rowNumber}>{(page.data.offset + index + 1).toLocaleString("en")}</td>
                {shown.map((column) => {
                  const cell = formatCell(row[column.name]);
                  return (
                    <td key={column.name} data-align={isNumeric(column) ? "end" : undefined} data-null={cell.isNull || undefined} title={cell.title}>
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PreviewPager label="Pages of rows" unit="Rows" offset={page.data.offset} pageSize={PAGE_ROWS} total={total} isBusy={isTurning} onOffset={turnTo} />
    </div>
  );
}
