import styles from "./box-annotator.module.css";

const KEYS: [keys: string[], what: string][] = [
  [["Drag"], "draw"],
  [["B"], "new box"],
  [["Tab"], "next box"],
  [["←", "→", "↑", "↓"], "move"],
  [["Alt", "arrows"], "resize"],
  [["Shift"], "×10"],
  [["Del"], "delete"],
  [["Esc"], "deselect"],
  [["Wheel"], "zoom"],
  [["Space", "drag"], "pan"],
  [["0"], "fit"],
];

/** The annotator's keys in one quiet line under it; also its accessible description. */
export function BoxAnnotatorHint({ id }: { id: string }) {
  return (
    <p id={id} className={styles.hint}>
      {KEYS.map(([keys, what]) => (
        <span key={what} className={styles.hintItem}>
          {keys.map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}{" "}
          {what}
        </span>
      ))}
      <span className="visually-hidden">A label&apos;s hotkey relabels the selected box.</span>
    </p>
  );
}
