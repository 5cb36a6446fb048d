import Link from "next/link";
import { can, type TActor } from "@/lib/permissions";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { NAV_SECTIONS } from "./nav-items";
import styles from "./studio-shell.module.css";

export function Sidebar({ actor }: { actor: TActor }) {
  const sections = NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => can(actor, item.action, { teamId: actor.teamId })),
  })).filter((section) => section.items.length > 0);
  return (
    <aside className={styles.sidebar}>
      <div className={styles.sidebarContent}>
        <Link href="/" className={styles.home} aria-label="ML Studio home">
          <Logo />
        </Link>
        <nav aria-label="Studio">
          {sections.map((section) => (
            <div key={section.label} className={styles.navSection}>
              <h2 className={styles.navHeading}>{section.label}</h2>
              <ul className={styles.navList}>
                {section.items.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href}>
                      {item.icon}
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </div>
    </aside>
  );
}
