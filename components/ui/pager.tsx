import Link from "next/link";
import styles from "./pager.module.css";

type TPagerProps = {
  /** Names the navigation ("Pages of runs"). */
  label: string;
  page: number;
  total: number;
  pageSize: number;
  /** The address of another page, with the list's filters kept. */
  hrefOf: (page: number) => string;
};

/** "Page 2 of 7" with links to the pages before and after; nothing for a single page. */
export function Pager({ label, page, total, pageSize, hrefOf }: TPagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className={styles.pager} aria-label={label}>
      <span>
        Page {page} of {pages.toLocaleString("en")}
      </span>
      <span className={styles.links}>
        {page > 1 && <Link href={hrefOf(page - 1)}>← Previous</Link>}
        {page < pages && <Link href={hrefOf(page + 1)}>Next →</Link>}
      </span>
    </nav>
  );
}
