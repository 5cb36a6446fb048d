import type { Role } from "@prisma/client";
import { ROLE_LABEL } from "@/components/team/role-text";
import { Badge } from "@/components/ui/badge";
import { SignOutButton } from "./sign-out-button";
import styles from "./studio-shell.module.css";

type TTopBarProps = { teamName: string; userName: string; userEmail: string; role: Role };

export function TopBar({ teamName, userName, userEmail, role }: TTopBarProps) {
  return (
    <header className={styles.topBar}>
      <div className={styles.team}>
        <span className={styles.teamMark} aria-hidden="true">
          {teamName.trim().charAt(0).toUpperCase()}
        </span>
        <span className={styles.teamName}>{teamName}</span>
      </div>
      <div className={styles.account}>
        <div className={styles.user}>
          <span className={styles.userName}>{userName}</span>
          <span className={styles.userEmail}>{userEmail}</span>
        </div>
        <Badge tone={role === "ANNOTATOR" || role === "VIEWER" ? "neutral" : "accent"}>{ROLE_LABEL[role]}</Badge>
        <SignOutButton />
      </div>
    </header>
  );
}
