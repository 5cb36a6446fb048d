import Link from "next/link";
import type { ComponentProps } from "react";
import styles from "./button.module.css";

// "danger" is the quiet outline for row actions; "destructive" confirms them.
type TVariant = "primary" | "secondary" | "danger" | "destructive";
type TSize = "sm" | "md";
type TLook = { variant?: TVariant; size?: TSize };

function classes({ variant = "secondary", size = "md" }: TLook, extra?: string) {
  return [styles.button, styles[variant], styles[size], extra].filter(Boolean).join(" ");
}

type TButtonProps = ComponentProps<"button"> & TLook & { isPending?: boolean };

export function Button({ variant, size, className, type = "button", isPending, disabled, children, ...props }: TButtonProps) {
  return (
    <button
      type={type}
      className={classes({ variant, size }, className)}
      aria-busy={isPending || undefined}
      disabled={disabled || isPending}
      {...props}
    >
      {isPending && <span className={styles.spinner} aria-hidden="true" />}
      {children}
    </button>
  );
}

/** A link that looks like a button, for actions that navigate. */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & TLook) {
  return <Link className={classes({ variant, size }, className)} {...props} />;
}
