import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findCurrentMember } from "@/lib/teams/find-current-member";
import { Sidebar } from "@/components/studio/sidebar";
import { TopBar } from "@/components/studio/top-bar";
import { QueryProvider } from "@/components/studio/query-provider";
import styles from "@/components/studio/studio-shell.module.css";

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const { user, team, role } = await findCurrentMember(actor);
  return (
    <div className={styles.shell}>
      <Sidebar actor={actor} />
      <div className={styles.main}>
        <TopBar teamName={team.name} userName={user.name} userEmail={user.email} role={role} />
        <main className={styles.content}>
          <QueryProvider>{children}</QueryProvider>
        </main>
      </div>
    </div>
  );
}
