import { Button } from "@/components/ui/button";
import { InlineStatus } from "@/components/ui/inline-status";
import styles from "./preview.module.css";

/** The shape of a page of rows or of tiles while it loads, announced once. */
export function PreviewSkeleton({ kind, what }: { kind: "rows" | "tiles"; what: string }) {
  const count = kind === "rows" ? 8 : 12;
  return (
    <div className={kind === "rows" ? styles.skeletonRows : styles.skeletonTiles} role="status">
      <span className="visually-hidden">Loading {what}…</span>
      {Array.from({ length: count }, (_, index) => (
        <span key={index} className={styles.skeleton} aria-hidden="true" />
      ))}
    </div>
  );
}

/** Why a page did not load, and a way to ask again. */
export function PreviewError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <div className={styles.error}>
      <InlineStatus tone="error">
        Could not load the {what}: {message}
      </InlineStatus>
      <Button size="sm" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
