import styles from "./outputs.module.css";

const COUNT = new Intl.NumberFormat("en");

export function TruncationNotice({ hiddenLines, onShowAll }: { hiddenLines: number; onShowAll: () => void }) {
  return (
    <div className={styles.truncated}>
      <span>
        {COUNT.format(hiddenLines)} earlier {hiddenLines === 1 ? "line" : "lines"} hidden
      </span>
      <button type="button" className={styles.linkButton} onClick={onShowAll}>
        Show all
      </button>
    </div>
  );
}
