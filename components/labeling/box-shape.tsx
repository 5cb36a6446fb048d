import type { CSSProperties } from "react";
import type { TBox } from "@/lib/labeling/results";
import { HANDLES } from "./box-geometry";
import { textColorOn } from "./label-hotkeys";
import styles from "./box-annotator.module.css";

const percent = (fraction: number) => `${fraction * 100}%`;

type TBoxShapeProps = {
  box: TBox;
  /** Its place among the item's boxes, 0-based; null for a box still being drawn. */
  index: number | null;
  color: string;
  isSelected: boolean;
  /** The box is too near the image's top for its tag to sit above it. */
  isTagInside: boolean;
};

/**
 * One box over the image, in its label's colour, with its label's name as a tag and, when
 * selected, its eight handles. Pointer events pass through: the annotator hit-tests itself.
 */
export function BoxShape({ box, index, color, isSelected, isTagInside }: TBoxShapeProps) {
  const isDraft = index === null;
  return (
    <div
      className={styles.box}
      role={isDraft ? undefined : "img"}
      aria-hidden={isDraft || undefined}
      aria-label={isDraft ? undefined : `${box.label} box ${index + 1}`}
      data-selected={isSelected}
      data-draft={isDraft || undefined}
      data-box-index={index ?? undefined}
      style={
        {
          left: percent(box.x),
          top: percent(box.y),
          width: percent(box.width),
          height: percent(box.height),
          "--label-color": color,
          "--label-text": textColorOn(color),
        } as CSSProperties
      }
    >
      <span className={styles.tag} data-inside={isTagInside || undefined} aria-hidden="true">
        {box.label}
      </span>
      {isSelected && HANDLES.map((handle) => <span key={handle} className={styles.handle} data-handle={handle} aria-hidden="true" />)}
    </div>
  );
}
