import Link from "next/link";
import styles from "./tab-nav.module.css";

export type TTab = { href: string; label: string; isCurrent: boolean };

/** Links between the sibling pages of one area, drawn as tabs under the page header. */
export function TabNav({ label, tabs }: { label: string; tabs: TTab[] }) {
  return (
    <nav className={styles.tabs} aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.href} href={tab.href} className={styles.tab} aria-current={tab.isCurrent ? "page" : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
