import type { ComponentProps } from "react";
import styles from "./control.module.css";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={[styles.control, className].filter(Boolean).join(" ")} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={[styles.control, styles.textarea, className].filter(Boolean).join(" ")} {...props} />;
}
