"use client";
import { Button } from "@/components/ui/button";
import styles from "./preview.module.css";

type TPreviewPagerProps = {
  /** Names the navigation ("Pages of rows"). */
  label: string;
  /** The thing paged, plural and capitalised ("Rows", "Images"). */
  unit: string;
  offset: number;
  pageSize: number;
  total: number;
  /** A page is loading: the buttons wait for it. */
  isBusy: boolean;
  onOffset: (offset: number) => void;
};

/** "Rows 101–200 of 1,000,000" with buttons to the pages before and after. */
export function PreviewPager({ label, unit, offset, pageSize, total, isBusy, onOffset }: TPreviewPagerProps) {
  const last = Math.min(offset + pageSize, total);
  const range = total === 0 ? `No ${unit.toLowerCase()}` : `${unit} ${(offset + 1).toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`;
  return (
    <nav className={styles.pager} aria-label={label}>
      <span role="status">{range}</span>
      {total > pageSize && (
        <span className={styles.pagerButtons}>
          <Button size="sm" onClick={() => onOffset(Math.max(0, offset - pageSize))} disabled={offset === 0 || isBusy}>
            ← Previous
          </Button>
          <Button size="sm" onClick={() => onOffset(offset + pageSize)} disabled={last >= total || isBusy}>
            Next →
          </Button>
        </span>
      )}
    </nav>
  );
}
