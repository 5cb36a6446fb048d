import type { ComponentProps, ReactNode } from "react";
import { FileIcon } from "@/components/ui/icons";
import styles from "./file-picker.module.css";

type TFilePickerProps = Omit<ComponentProps<"input">, "type" | "className"> & {
  /** What is chosen, or what to choose. */
  title: string;
  /** Its size, or what choosing does. */
  meta: string;
  hasFile: boolean;
  /** The words on the row's button ("Browse", "Change"). */
  actionLabel: string;
  icon?: ReactNode;
};

/** A native file input (labelled by its Field) drawn as a row that says what is chosen. */
export function FilePicker({ title, meta, hasFile, actionLabel, icon = <FileIcon size={20} />, ...input }: TFilePickerProps) {
  return (
    <div className={styles.picker} data-has-file={hasFile ? true : undefined}>
      <input {...input} className={styles.input} type="file" />
      {icon}
      <span className={styles.pickerText}>
        <span className={styles.fileName}>{title}</span>
        <span className={styles.fileMeta}>{meta}</span>
      </span>
      <span className={styles.browse} aria-hidden="true">
        {actionLabel}
      </span>
    </div>
  );
}
