import { FitIcon, ZoomInIcon, ZoomOutIcon } from "./labeling-icons";
import styles from "./box-annotator.module.css";

type TZoomControlsProps = {
  /** Screen pixels per image pixel. */
  scale: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
};

/** Zoom out, the zoom as a percentage of the image's own pixels, zoom in, and fit. */
export function ZoomControls({ scale, onZoomIn, onZoomOut, onFit }: TZoomControlsProps) {
  return (
    <div className={styles.zoom} role="group" aria-label="Zoom">
      <button type="button" className={styles.zoomButton} aria-label="Zoom out" title="Zoom out (−)" onClick={onZoomOut}>
        <ZoomOutIcon size={16} />
      </button>
      <output className={styles.zoomValue} aria-label="Zoom level">
        {Math.round(scale * 100)}%
      </output>
      <button type="button" className={styles.zoomButton} aria-label="Zoom in" title="Zoom in (+)" onClick={onZoomIn}>
        <ZoomInIcon size={16} />
      </button>
      <button type="button" className={styles.zoomButton} aria-label="Fit image to view" title="Fit (0 or double-click)" onClick={onFit}>
        <FitIcon size={16} />
      </button>
    </div>
  );
}
