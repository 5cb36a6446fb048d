"use client";
import { useId, useState, type KeyboardEvent } from "react";
import type { TBox, TLabel } from "@/lib/labeling/results";
import { centredBox, moveBox, pixelFraction, resizeBoxBy } from "./box-geometry";
import { boxCommandForKey, nextSelection, ZOOM_STEP, type TBoxCommand } from "./box-keys";
import { BoxShape } from "./box-shape";
import { BoxAnnotatorHint } from "./box-annotator-hint";
import { useBoxDrag } from "./use-box-drag";
import { useFittedView } from "./use-fitted-view";
import { ZoomControls } from "./zoom-controls";
import styles from "./box-annotator.module.css";

export { labelForHotkey } from "./label-hotkeys";

type TBoxAnnotatorProps = {
  imageUrl: string;
  /** The image's own size in pixels: keyboard steps are image pixels. */
  imageWidth: number;
  imageHeight: number;
  labels: TLabel[];
  /** The label new boxes get. */
  activeLabel: string;
  boxes: TBox[];
  onChange(boxes: TBox[]): void;
  selectedIndex: number | null;
  onSelect(index: number | null): void;
};

// A box whose label is no longer among the project's labels still shows, in neutral grey.
const UNKNOWN_COLOR = "#6b7585";
// Screen pixels a tag needs above its box; nearer the image's top it goes inside.
const TAG_ROOM = 22;

/** Bounding boxes over an image: draw, move, resize, relabel and delete them by mouse or keyboard. */
export function BoxAnnotator(props: TBoxAnnotatorProps) {
  const { imageUrl, imageWidth, imageHeight, labels, activeLabel, boxes, onChange, selectedIndex, onSelect } = props;
  const image = { width: imageWidth, height: imageHeight };
  const hintId = useId();
  const [isPanKeyHeld, setIsPanKeyHeld] = useState(false);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const { viewportRef, view, zoomCentre, pan, fit } = useFittedView(imageUrl, image);
  const { draft, cursor, handlers } = useBoxDrag({ view, image, boxes, selectedIndex, activeLabel, isPanKeyHeld, onChange, onSelect, pan });

  const selected = selectedIndex === null ? undefined : boxes[selectedIndex];
  const colors = new Map(labels.map((label) => [label.name, label.color]));
  const shown = draft && draft.index !== null ? boxes.map((box, index) => (index === draft.index ? draft.box : box)) : boxes;

  const replaceSelected = (box: TBox) => onChange(boxes.map((other, index) => (index === selectedIndex ? box : other)));

  // Returns false for a key it leaves to the browser (Tab past the last box).
  function apply(command: TBoxCommand): boolean {
    const pixel = pixelFraction(image);
    switch (command.kind) {
      case "select": {
        const next = nextSelection(selectedIndex, boxes.length, command.direction);
        if (next === "leave") return false;
        onSelect(next);
        return true;
      }
      case "new-box":
        if (!activeLabel) return false;
        onChange([...boxes, centredBox(activeLabel)]);
        onSelect(boxes.length);
        return true;
      case "zoom":
        zoomCentre(command.factor);
        return true;
      case "fit":
        fit();
        return true;
    }
    if (!selected) return false;
    if (command.kind === "move") replaceSelected(moveBox(selected, command.dx * pixel.width, command.dy * pixel.height));
    if (command.kind === "resize") replaceSelected(resizeBoxBy(selected, command.dWidth * pixel.width, command.dHeight * pixel.height, pixel));
    if (command.kind === "relabel") replaceSelected({ ...selected, label: command.label });
    if (command.kind === "delete") {
      onChange(boxes.filter((_, index) => index !== selectedIndex));
      onSelect(null);
    }
    if (command.kind === "deselect") onSelect(null);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === " ") {
      event.preventDefault();
      setIsPanKeyHeld(true);
      return;
    }
    const command = boxCommandForKey(event, labels, selected !== undefined);
    // preventDefault also tells the page's hotkey listener (useLabelHotkeys) the key is taken.
    if (command && apply(command)) event.preventDefault();
  }

  const status = selected && selectedIndex !== null ? `${selected.label} box ${selectedIndex + 1} of ${boxes.length} selected` : `${boxes.length} ${boxes.length === 1 ? "box" : "boxes"}, none selected`;

  return (
    <div className={styles.annotator}>
      <div
        ref={viewportRef}
        className={styles.viewport}
        tabIndex={0}
        role="application"
        aria-roledescription="image annotator"
        aria-label={`Boxes on the image, drawing ${activeLabel || "nothing"}`}
        aria-describedby={hintId}
        style={{ cursor }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.key === " " && setIsPanKeyHeld(false)}
        onBlur={() => setIsPanKeyHeld(false)}
        onDoubleClick={fit}
        // The middle button would start the browser's autoscroll.
        onMouseDown={(event) => event.button === 1 && event.preventDefault()}
        {...handlers}
      >
        {view && (
          <div
            className={styles.stage}
            data-pixelated={view.scale >= 3 || undefined}
            style={{ width: imageWidth * view.scale, height: imageHeight * view.scale, transform: `translate(${view.x}px, ${view.y}px)` }}
          >
            {/* A plain img: the pixels must be the file's own, unoptimised, at any zoom. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img className={styles.image} src={imageUrl} alt="" draggable={false} onError={() => setFailedUrl(imageUrl)} />
            {shown.map((box, index) => (
              <BoxShape
                key={index}
                box={box}
                index={index}
                color={colors.get(box.label) ?? UNKNOWN_COLOR}
                isSelected={index === selectedIndex}
                isTagInside={box.y * imageHeight * view.scale < TAG_ROOM}
              />
            ))}
            {draft && draft.index === null && <BoxShape box={draft.box} index={null} color={colors.get(draft.box.label) ?? UNKNOWN_COLOR} isSelected={false} isTagInside={draft.box.y * imageHeight * view.scale < TAG_ROOM} />}
          </div>
        )}
        {failedUrl === imageUrl && <p className={styles.failed}>The image could not be loaded.</p>}
      </div>
      {view && <ZoomControls scale={view.scale} onZoomIn={() => zoomCentre(ZOOM_STEP)} onZoomOut={() => zoomCentre(1 / ZOOM_STEP)} onFit={fit} />}
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      <BoxAnnotatorHint id={hintId} />
    </div>
  );
}
