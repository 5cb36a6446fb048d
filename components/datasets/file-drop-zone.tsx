"use client";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { UploadIcon } from "@/components/ui/icons";
import { ACCEPT_ATTRIBUTE } from "./accepted-files";
import styles from "./upload-form.module.css";

type TFileDropZoneProps = {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** The hint and error the button is described by. */
  describedBy?: string;
  isInvalid?: boolean;
};

function hasFiles(event: DragEvent) {
  return event.dataTransfer.types.includes("Files");
}

/** Files dropped from the desktop, or chosen with the button (the way in by keyboard). */
export function FileDropZone({ onFiles, disabled, describedBy, isInvalid }: TFileDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  // dragenter and dragleave fire for every child crossed; the zone is left when they balance.
  const depth = useRef(0);

  useEffect(() => {
    // A file dropped beside the zone would make the browser open it, and lose the form.
    const keep = (event: globalThis.DragEvent) => event.dataTransfer?.types.includes("Files") && event.preventDefault();
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  function enter(event: DragEvent) {
    if (disabled || !hasFiles(event)) return;
    event.preventDefault();
    depth.current++;
    setIsOver(true);
  }

  function leave() {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setIsOver(false);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    depth.current = 0;
    setIsOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      className={styles.zone}
      data-over={isOver || undefined}
      data-invalid={isInvalid || undefined}
      data-disabled={disabled || undefined}
      onDragEnter={enter}
      onDragOver={(event) => !disabled && hasFiles(event) && event.preventDefault()}
      onDragLeave={leave}
      onDrop={drop}
    >
      <span className={styles.zoneIcon} aria-hidden="true">
        <UploadIcon size={22} />
      </span>
      <p className={styles.zoneText}>
        <strong>{isOver ? "Drop to add the files" : "Drag files here"}</strong>
        <span>or</span>
      </p>
      <Button onClick={() => inputRef.current?.click()} disabled={disabled} aria-describedby={describedBy}>
        Choose files
      </Button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        hidden
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // Cleared, so that choosing the same file again (after removing it) fires again.
          event.target.value = "";
        }}
      />
    </div>
  );
}
