"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import styles from "./studio-shell.module.css";

/** A sidebar link, marked current on its page and on the pages beneath it. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} className={styles.navLink} aria-current={isCurrent ? "page" : undefined}>
      {children}
    </Link>
  );
}
