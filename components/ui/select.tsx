import type { ComponentProps } from "react";
import styles from "./control.module.css";

export function Select({ className, size, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: "sm" | "md" }) {
  const classes = [styles.control, styles.select, size === "sm" && styles.sm, className];
  return <select className={classes.filter(Boolean).join(" ")} {...props} />;
}
